package org.careloop.cases.wishes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.cases.casefile.CaseFiles;
import org.careloop.support.access.GuardedAccess;
import org.careloop.support.security.CareLoopUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The wishes' one door: what the patient wants at the end of life, kept on the case. Each call reaches the case
 * through {@link GuardedAccess} (transaction, access check, one audit record) and publishes what happened.
 */
@Service
public class WishesManagement {

    private final CaseFiles caseFiles;
    private final GuardedAccess access;
    private final WishesRepository wishes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WishesManagement(CaseFiles caseFiles, GuardedAccess access, WishesRepository wishes,
            ApplicationEventPublisher events, Clock clock) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.wishes = wishes;
        this.events = events;
        this.clock = clock;
    }

    /** The wishes on record; every field is empty while nothing has been recorded yet. */
    public Wishes ofCase(UUID caseId, CareLoopUser user) {
        return access.read(caseFiles, caseId, user, "READ_WISHES",
                c -> wishes.ofCase(c.id()).orElse(Wishes.noneYet(c.id())));
    }

    /** Replaces the wishes as a whole. */
    public Wishes update(UUID caseId, NewWishes stated, CareLoopUser user) {
        return access.change(caseFiles, caseId, user, "UPDATE_WISHES", c -> {
            c.ensureOpenForChanges();
            Wishes updated = Wishes.record(c.id(), stated, user.username(), clock.instant(), LocalDate.now(clock));
            wishes.save(updated);
            events.publishEvent(new WishesUpdated(UUID.randomUUID(), updated.caseId(), user.username(),
                    updated.updatedAt()));
            return updated;
        });
    }
}
