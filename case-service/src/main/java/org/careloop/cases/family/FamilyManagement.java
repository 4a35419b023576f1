package org.careloop.cases.family;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.careloop.cases.casefile.CaseFiles;
import org.careloop.support.access.GuardedAccess;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The family's one door: the family members and caregivers recorded on a case. Each call reaches the case through
 * {@link GuardedAccess} (transaction, access check, one audit record) and publishes what happened.
 */
@Service
public class FamilyManagement {

    private static final Logger log = LoggerFactory.getLogger(FamilyManagement.class);

    private final CaseFiles caseFiles;
    private final GuardedAccess access;
    private final FamilyMembers members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FamilyManagement(CaseFiles caseFiles, GuardedAccess access, FamilyMembers members,
            ApplicationEventPublisher events, Clock clock) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a family member; naming a new primary contact moves the flag from the previous one. */
    public FamilyMember add(UUID caseId, NewFamilyMember member, CareLoopUser user) {
        FamilyMember added = access.add(caseFiles, caseId, user, "ADD_FAMILY_MEMBER", c -> {
            c.ensureOpenForChanges();
            FamilyMember recorded = FamilyMember.add(c.id(), member, user.username(), clock.instant());
            members.insert(recorded);
            events.publishEvent(new FamilyMemberAdded(UUID.randomUUID(), recorded.caseId(), recorded.id(),
                    recorded.relationship(), recorded.bereavementRisk(), user.username(), recorded.addedAt()));
            return recorded;
        }, FamilyMember::id);
        log.info("Added family member {} to case {}", added.id(), caseId);
        return added;
    }

    public List<FamilyMember> ofCase(UUID caseId, CareLoopUser user) {
        return access.read(caseFiles, caseId, user, "LIST_FAMILY_MEMBERS", c -> members.ofCase(c.id()));
    }
}
