package org.careloop.cases.assessments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.cases.casefile.CaseFiles;
import org.careloop.support.access.GuardedAccess;
import org.careloop.support.security.CareLoopUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The assessments' one door: psychosocial assessments recorded on a case over time. Each call reaches the case
 * through {@link GuardedAccess} (transaction, access check, one audit record) and publishes what happened.
 */
@Service
public class AssessmentManagement {

    private final CaseFiles caseFiles;
    private final GuardedAccess access;
    private final Assessments assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentManagement(CaseFiles caseFiles, GuardedAccess access, Assessments assessments,
            ApplicationEventPublisher events, Clock clock) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    public Assessment record(UUID caseId, NewAssessment assessment, CareLoopUser user) {
        return access.add(caseFiles, caseId, user, "RECORD_ASSESSMENT", c -> {
            c.ensureOpenForChanges();
            Assessment recorded = Assessment.record(c.id(), assessment, user.username(), clock.instant(),
                    LocalDate.now(clock));
            assessments.insert(recorded);
            events.publishEvent(new AssessmentRecorded(UUID.randomUUID(), recorded.caseId(), recorded.id(),
                    user.username(), recorded.recordedAt()));
            return recorded;
        }, Assessment::id);
    }

    /** Oldest first, as a chart of the scores over time reads them. */
    public List<Assessment> ofCase(UUID caseId, CareLoopUser user) {
        return access.read(caseFiles, caseId, user, "LIST_ASSESSMENTS", c -> assessments.ofCase(c.id()));
    }
}
