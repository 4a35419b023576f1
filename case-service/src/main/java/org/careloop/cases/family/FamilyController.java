package org.careloop.cases.family;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careloop.cases.casefile.CaseGuard;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseId}/family-members")
class FamilyController {

    private static final Logger log = LoggerFactory.getLogger(FamilyController.class);

    private final CaseGuard guard;
    private final FamilyMembers members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FamilyController(CaseGuard guard, FamilyMembers members, ApplicationEventPublisher events, Clock clock) {
        this.guard = guard;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<FamilyMember> add(@PathVariable UUID caseId, @Valid @RequestBody FamilyMemberRequest request) {
        var user = CurrentUser.get();
        FamilyMember added = guard.change(caseId, user, "ADD_FAMILY_MEMBER", c -> {
            var member = new FamilyMember(UUID.randomUUID(), caseId, request.name().strip(),
                    request.relationship().strip().toLowerCase(Locale.ROOT), Text.blankToNull(request.phone()),
                    Text.blankToNull(request.email()), Boolean.TRUE.equals(request.isPrimaryContact()),
                    Boolean.TRUE.equals(request.isCaregiver()), request.bereavementRisk(), clock.instant(),
                    user.username());
            members.insert(member);
            events.publishEvent(new FamilyMemberAdded(UUID.randomUUID(), caseId, member.id(), member.relationship(),
                    member.bereavementRisk(), user.username(), member.addedAt()));
            return member;
        });
        log.info("Added family member {} to case {}", added.id(), caseId);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/family-members/" + added.id()))
                .body(added);
    }

    @GetMapping
    List<FamilyMember> list(@PathVariable UUID caseId) {
        return guard.read(caseId, CurrentUser.get(), "LIST_FAMILY_MEMBERS", c -> members.ofCase(caseId));
    }

    record FamilyMemberRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 60) String relationship,
            @Size(max = 40) @Pattern(regexp = Text.PHONE) String phone,
            @Size(max = 254) @Email String email, Boolean isPrimaryContact, Boolean isCaregiver,
            @NotNull BereavementRisk bereavementRisk) {
    }
}
