package org.careloop.referrals.directory;

import java.util.UUID;

/** A service an organization offers (HSDS service), with whom it is for and whether it can take someone now. */
public record DirectoryService(UUID id, OrganizationSummary organization, String name, String description,
        Category category, String eligibility, String serviceArea, Contact contact, String fees, ServiceStatus status,
        Capacity capacity) {

    public record OrganizationSummary(UUID id, String name) {
    }

    public record Contact(String email, String phone) {
    }

    public boolean takesReferrals() {
        return status == ServiceStatus.ACTIVE;
    }
}
