package org.careloop.referrals.directory;

import java.util.UUID;

/** A service of the directory as the API shows it. */
record DirectoryServiceResponse(UUID id, OrganizationSummaryResponse organization, String name, String description,
        Category category, String eligibility, String serviceArea, ContactResponse contact, String fees,
        ServiceStatus status, Capacity capacity) {

    record OrganizationSummaryResponse(UUID id, String name) {
    }

    record ContactResponse(String email, String phone) {
    }

    static DirectoryServiceResponse of(DirectoryService service) {
        return new DirectoryServiceResponse(service.id(),
                new OrganizationSummaryResponse(service.organization().id(), service.organization().name()),
                service.name(), service.description(), service.category(), service.eligibility(),
                service.serviceArea(), service.contact() == null ? null
                        : new ContactResponse(service.contact().email(), service.contact().phone()),
                service.fees(), service.status(), service.capacity());
    }
}
