package org.careloop.cases.access;

import java.time.Instant;
import java.util.UUID;

/** One access to a case as clients see it. */
record AccessRecordResponse(Instant at, String who, String role, String action, UUID recordId, boolean listed,
        String outcome, String clientAddress, String traceId) {

    static AccessRecordResponse of(AccessRecord r) {
        return new AccessRecordResponse(r.at(), r.who(), r.role(), r.action(), r.recordId(), r.listed(), r.outcome(),
                r.clientAddress(), r.traceId());
    }
}
