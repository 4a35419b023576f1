package org.careloop.cases.access;

import java.util.UUID;

import org.careloop.cases.casefile.CaseFiles;
import org.careloop.support.access.GuardedAccess;
import org.careloop.support.security.CareLoopUser;
import org.careloop.support.web.PageResponse;
import org.springframework.stereotype.Service;

/**
 * The access log's one door: a case's accounting of disclosures, every access to the case and the records under
 * it that this service's audit trail holds, newest first, for the case's supervisors and auditors
 * ({@link CaseFiles#forTheirAccessLog()}). Reading it is an access too, and is audited.
 */
@Service
public class AccessLogManagement {

    private final CaseFiles caseFiles;
    private final GuardedAccess access;
    private final AccessRecords records;

    AccessLogManagement(CaseFiles caseFiles, GuardedAccess access, AccessRecords records) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.records = records;
    }

    public PageResponse<AccessRecord> of(UUID caseId, int page, int size, CareLoopUser user) {
        return access.read(caseFiles.forTheirAccessLog(), caseId, user, "READ_ACCESS_LOG",
                c -> new PageResponse<>(records.ofCase(c.id(), page, size), page, size,
                        records.countOfCase(c.id())));
    }
}
