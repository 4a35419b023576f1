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

    private final Directory directory;
    private final DirectoryManagement management;

    DirectoryController(Directory directory, DirectoryManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping("/services")
    PageResponse<DirectoryService> services(@RequestParam(required = false) String category,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Category wanted = category == null || category.isBlank() ? null : parse(category);
        Directory.ServicePage found = directory.search(wanted, q, page, size);
        return new PageResponse<>(found.items(), page, size, found.total());
    }

    @GetMapping("/services/{id}")
    DirectoryService service(@PathVariable UUID id) {
        return directory.service(id).orElseThrow(() -> new NotInDirectoryException("service", id));
    }

    @GetMapping("/organizations")
    List<Organization> organizations() {
        return directory.organizations();
    }

    @GetMapping("/organizations/{id}")
    Organization organization(@PathVariable UUID id) {
        return directory.organization(id).orElseThrow(() -> new NotInDirectoryException("organization", id));
    }

    @PostMapping("/organizations")
    ResponseEntity<Organization> createOrganization(@Valid @RequestBody OrganizationRequest request) {
        Organization created = management.addOrganization(request.toOrganization(UUID.randomUUID()),
                CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/directory/organizations/" + created.id())).body(created);
    }

    @PutMapping("/organizations/{id}")
    Organization updateOrganization(@PathVariable UUID id, @Valid @RequestBody OrganizationRequest request) {
        return management.updateOrganization(request.toOrganization(id), CurrentUser.get());
    }

    @PostMapping("/services")
    ResponseEntity<DirectoryService> createService(@Valid @RequestBody ServiceRequest request) {
        DirectoryService created = management.addService(toService(UUID.randomUUID(), request), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/directory/services/" + created.id())).body(created);
    }

    @PutMapping("/services/{id}")
    DirectoryService updateService(@PathVariable UUID id, @Valid @RequestBody ServiceRequest request) {
        return management.updateService(toService(id, request), CurrentUser.get());
    }

    private DirectoryService toService(UUID id, ServiceRequest request) {
        if (directory.organization(request.organizationId()).isEmpty()) {
            throw new InvalidInputException("organizationId", "is not an organization of the directory");
        }
        return new DirectoryService(id, new OrganizationSummary(request.organizationId(), null), request.name().strip(),
                Text.blankToNull(request.description()), request.category(), Text.blankToNull(request.eligibility()),
                Text.blankToNull(request.serviceArea()),
                request.contact() == null ? null : new Contact(Text.blankToNull(request.contact().email()),
                        Text.blankToNull(request.contact().phone())),
                Text.blankToNull(request.fees()), request.status(), request.capacity());
    }

    private static Category parse(String category) {
        try {
            return Category.of(category);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", e.getMessage());
        }
    }

    record OrganizationRequest(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
            @Size(max = 254) @Email String intakeEmail,
            @Size(max = 40) @Pattern(regexp = Text.PHONE) String intakePhone,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+") String website) {

        Organization toOrganization(UUID id) {
            return new Organization(id, name.strip(), Text.blankToNull(description), Text.blankToNull(intakeEmail),
                    Text.blankToNull(intakePhone), Text.blankToNull(website));
        }
    }

    record ServiceRequest(@NotNull UUID organizationId, @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description, @NotNull Category category, @Size(max = 2000) String eligibility,
            @Size(max = 500) String serviceArea, @Valid ContactRequest contact, @Size(max = 1000) String fees,
            @NotNull ServiceStatus status, @NotNull Capacity capacity) {
    }

    record ContactRequest(@Size(max = 254) @Email String email,
            @Size(max = 40) @Pattern(regexp = Text.PHONE) String phone) {
    }
}
