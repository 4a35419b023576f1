package org.careloop.cases.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.careloop.cases.casefile.CaseFiles;
import org.careloop.cases.casefile.CaseManagement;
import org.careloop.support.access.GuardedAccess;
import org.careloop.support.security.CareLoopUser;
import org.careloop.support.web.PageResponse;
import org.springframework.stereotype.Service;

/**
 * The timeline's one door: the notes people write on a case and, beside them, what happened to it. People reach
 * it through {@link GuardedAccess} (transaction, access check, one audit record); what happened is written by
 * {@link TimelineRecorder} from this service's events and by {@link ReferralEventsListener} from referral-service's.
 */
@Service
public class TimelineManagement {

    private final CaseFiles caseFiles;
    private final GuardedAccess access;
    private final CaseManagement cases;
    private final Timeline timeline;
    private final Clock clock;

    TimelineManagement(CaseFiles caseFiles, GuardedAccess access, CaseManagement cases, Timeline timeline,
            Clock clock) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.cases = cases;
        this.timeline = timeline;
        this.clock = clock;
    }

    public TimelineEntry addNote(UUID caseId, String text, CareLoopUser user) {
        return access.add(caseFiles, caseId, user, "ADD_NOTE", c -> {
            c.ensureOpenForChanges();
            TimelineEntry note = TimelineEntry.note(c.id(), text, user.username(), clock.instant());
            timeline.append(note);
            return note;
        }, TimelineEntry::id);
    }

    /** Newest first. */
    public PageResponse<TimelineEntry> page(UUID caseId, int page, int size, CareLoopUser user) {
        return access.read(caseFiles, caseId, user, "READ_TIMELINE",
                c -> new PageResponse<>(timeline.page(c.id(), page, size), page, size, timeline.count(c.id())));
    }

    /**
     * Puts a step that happened in another service on the case's timeline, in the transaction of the consumed
     * event. False for a case this service does not hold.
     */
    boolean recordFromElsewhere(UUID caseId, Instant at, String kind, String actor, Map<String, Object> detail) {
        if (caseId == null || !cases.exists(caseId)) {
            return false;
        }
        timeline.append(new TimelineEntry(UUID.randomUUID(), caseId, at, kind, actor, null, detail));
        return true;
    }
}
