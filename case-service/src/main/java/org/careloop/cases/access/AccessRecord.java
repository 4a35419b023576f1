package org.careloop.cases.access;

import java.time.Instant;
import java.util.UUID;

/**
 * One access to a case or a record under it, as the audit trail holds it: who, acting as what, did what, when,
 * from where, and whether they were let in. {@code listed}: the case was shown in a list (a caseload page), not
 * opened. No health data.
 */
public record AccessRecord(Instant at, String who, String role, String action, UUID recordId, boolean listed,
        String outcome, String clientAddress, String traceId) {
}
