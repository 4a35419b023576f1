package org.careloop.referrals.directory;

import java.util.UUID;

/** An organization of the directory as the API shows it. */
record OrganizationResponse(UUID id, String name, String description, String intakeEmail, String intakePhone,
        String website) {

    static OrganizationResponse of(Organization organization) {
        return new OrganizationResponse(organization.id(), organization.name(), organization.description(),
                organization.intakeEmail(), organization.intakePhone(), organization.website());
    }
}
