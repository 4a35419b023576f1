package org.careloop.referrals.directory;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careloop.referrals.directory.DirectoryService.Contact;
import org.careloop.referrals.directory.DirectoryService.OrganizationSummary;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.Coded;
import org.careloop.support.web.PageResponse;
import org.careloop.support.web.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory")
class DirectoryController {

    private final DirectoryManagement management;

    DirectoryController(DirectoryManagement management) {
        this.management = management;
    }

    @GetMapping("/services")
    PageResponse<DirectoryServiceResponse> services(@RequestParam(required = false) String category,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "false") boolean available,
            @RequestParam(required = false) UUID organizationId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Category wanted = category == null || category.isBlank() ? null : parse(category);
        ServicePage found = management.services(new ServiceQuery(wanted, q, available, organizationId), page, size);
        return new PageResponse<>(found.items().stream().map(DirectoryServiceResponse::of).toList(), page, size,
                found.total());
    }

    @GetMapping("/services/{id}")
    DirectoryServiceResponse service(@PathVariable UUID id) {
        return management.service(id).map(DirectoryServiceResponse::of)
                .orElseThrow(() -> new NotInDirectoryException("service", id));
    }

    @GetMapping("/organizations")
    List<OrganizationResponse> organizations() {
        return management.organizations().stream().map(OrganizationResponse::of).toList();
    }

    @GetMapping("/organizations/{id}")
    OrganizationResponse organization(@PathVariable UUID id) {
        return management.organization(id).map(OrganizationResponse::of)
                .orElseThrow(() -> new NotInDirectoryException("organization", id));
    }

    @PostMapping("/organizations")
    ResponseEntity<OrganizationResponse> createOrganization(@Valid @RequestBody OrganizationRequest request) {
        Organization created = management.addOrganization(
                request.toOrganization(request.id() == null ? UUID.randomUUID() : request.id()), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/directory/organizations/" + created.id()))
                .body(OrganizationResponse.of(created));
    }

    @PutMapping("/organizations/{id}")
    OrganizationResponse updateOrganization(@PathVariable UUID id, @Valid @RequestBody OrganizationRequest request) {
        sameId(request.id(), id);
        return OrganizationResponse.of(management.updateOrganization(request.toOrganization(id), CurrentUser.get()));
    }

    @PostMapping("/services")
    ResponseEntity<DirectoryServiceResponse> createService(@Valid @RequestBody ServiceRequest request) {
        DirectoryService created = management.addService(
                request.toService(request.id() == null ? UUID.randomUUID() : request.id()), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/directory/services/" + created.id()))
                .body(DirectoryServiceResponse.of(created));
    }

    @PutMapping("/services/{id}")
    DirectoryServiceResponse updateService(@PathVariable UUID id, @Valid @RequestBody ServiceRequest request) {
        sameId(request.id(), id);
        return DirectoryServiceResponse.of(management.updateService(request.toService(id), CurrentUser.get()));
    }

    private static void sameId(UUID inBody, UUID inPath) {
        if (inBody != null && !inBody.equals(inPath)) {
            throw new InvalidInputException("id", "is not the id of the path");
        }
    }

    private static Category parse(String category) {
        try {
            return Coded.of(Category.class, category);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", e.getMessage());
        }
    }

    /**
     * @param id optional: an organization already known by its id elsewhere (Keycloak's {@code org_id} claim of its
     *        staff) is added with that id; otherwise the directory chooses one
     */
    record OrganizationRequest(UUID id, @NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
            @Size(max = 254) @Email String intakeEmail,
            @Size(max = 40) @Pattern(regexp = Text.PHONE) String intakePhone,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+") String website) {

        Organization toOrganization(UUID id) {
            return new Organization(id, name.strip(), Text.blankToNull(description), Text.blankToNull(intakeEmail),
                    Text.blankToNull(intakePhone), Text.blankToNull(website));
        }
    }

    /** @param id optional: a service is added with this id (a directory moved from elsewhere keeps its ids) */
    record ServiceRequest(UUID id, @NotNull UUID organizationId, @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description, @NotNull Category category, @Size(max = 2000) String eligibility,
            @Size(max = 500) String serviceArea, @Valid ContactRequest contact, @Size(max = 1000) String fees,
            @NotNull ServiceStatus status, @NotNull Capacity capacity) {

        DirectoryService toService(UUID id) {
            return new DirectoryService(id, new OrganizationSummary(organizationId, null), name.strip(),
                    Text.blankToNull(description), category, Text.blankToNull(eligibility),
                    Text.blankToNull(serviceArea),
                    contact == null ? null : new Contact(Text.blankToNull(contact.email()),
                            Text.blankToNull(contact.phone())),
                    Text.blankToNull(fees), status, capacity);
        }
    }

    record ContactRequest(@Size(max = 254) @Email String email,
            @Size(max = 40) @Pattern(regexp = Text.PHONE) String phone) {
    }
}
