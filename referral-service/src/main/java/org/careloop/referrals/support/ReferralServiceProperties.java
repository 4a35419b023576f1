package org.careloop.referrals.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of referral-service under {@code careloop.referrals}; event settings are under {@code careloop.events}.
 *
 * @param zone where the hospice works: "today" for the date rules (no consent in the future) is the day there
 */
@ConfigurationProperties("careloop.referrals")
public record ReferralServiceProperties(@DefaultValue("UTC") String zone) {
}
