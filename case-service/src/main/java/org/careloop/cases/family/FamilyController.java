package org.careloop.cases.family;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The family over HTTP: maps requests to {@link FamilyManagement} and members to {@link FamilyMemberResponse}. */
@RestController
@RequestMapping("/api/cases/{caseId}/family-members")
class FamilyController {

    private final FamilyManagement management;

    FamilyController(FamilyManagement management) {
        this.management = management;
    }

    @PostMapping
    ResponseEntity<FamilyMemberResponse> add(@PathVariable UUID caseId,
            @Valid @RequestBody FamilyMemberRequest request) {
        FamilyMember added = management.add(caseId, request.toNewFamilyMember(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/family-members/" + added.id()))
                .body(FamilyMemberResponse.of(added));
    }

    @GetMapping
    List<FamilyMemberResponse> list(@PathVariable UUID caseId) {
        return management.ofCase(caseId, CurrentUser.get()).stream().map(FamilyMemberResponse::of).toList();
    }

    record FamilyMemberRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 60) String relationship,
            @Size(max = 40) @Pattern(regexp = Text.PHONE) String phone,
            @Size(max = 254) @Email String email, Boolean isPrimaryContact, Boolean isCaregiver,
            @NotNull BereavementRisk bereavementRisk) {

        NewFamilyMember toNewFamilyMember() {
            return new NewFamilyMember(name.strip(), relationship.strip(), Text.blankToNull(phone),
                    Text.blankToNull(email), Boolean.TRUE.equals(isPrimaryContact), Boolean.TRUE.equals(isCaregiver),
                    bereavementRisk);
        }
    }
}
