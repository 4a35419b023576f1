package org.careloop.referrals.directory;

import java.util.UUID;

/**
 * What a search of the directory asks for; every part may be absent. {@code available}: only services active with
 * capacity (where an urgent referral just rejected can go now); {@code organizationId}: one organization's services
 * (the admin's page of an organization).
 */
public record ServiceQuery(Category category, String q, boolean available, UUID organizationId) {
}
