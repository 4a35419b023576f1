package org.careloop.referrals.support;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of referral-service under {@code careloop.referrals}; event settings are under {@code careloop.events}.
 *
 * @param zone where the hospice works: "today" for the date rules (no consent in the future) is the day there
 * @param readModelWait how long a request naming a case this service has not seen yet (or not yet seen held by the
 *     person: a reassignment) waits for the case's event before answering 404; read your own writes across services
 */
@ConfigurationProperties("careloop.referrals")
public record ReferralServiceProperties(@DefaultValue("UTC") String zone,
        @DefaultValue("3s") Duration readModelWait) {
}
