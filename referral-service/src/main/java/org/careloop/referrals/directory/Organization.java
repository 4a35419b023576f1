package org.careloop.referrals.directory;

import java.util.UUID;

/** An organization of the directory (HSDS organization): a hospice, a charity, a clinic. */
public record Organization(UUID id, String name, String description, String intakeEmail, String intakePhone,
        String website) {
}
