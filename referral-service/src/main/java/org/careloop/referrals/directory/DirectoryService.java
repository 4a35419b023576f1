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

    /** Active, or temporarily closed (on its waiting list): inactive and defunct services take none. */
    public boolean takesReferrals() {
        return status == ServiceStatus.ACTIVE || status == ServiceStatus.TEMPORARILY_CLOSED;
    }

    /** Whether a referral waits here: the service is temporarily closed, or has no capacity or a waitlist. */
    public boolean needsWaitingList() {
        return status == ServiceStatus.TEMPORARILY_CLOSED || capacity != Capacity.CAPACITY;
    }

    /** Open and with room now: what the directory calls available. */
    public boolean available() {
        return status == ServiceStatus.ACTIVE && capacity == Capacity.CAPACITY;
    }
}
