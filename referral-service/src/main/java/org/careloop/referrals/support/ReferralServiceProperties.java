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
 * @param answerTimes each priority's answer time
 * @param escalation the sweep that escalates referrals unanswered past their answer time
 */
@ConfigurationProperties("careloop.referrals")
public record ReferralServiceProperties(@DefaultValue("UTC") String zone,
        @DefaultValue("3s") Duration readModelWait, @DefaultValue AnswerTimes answerTimes,
        @DefaultValue Escalation escalation) {

    /**
     * How long the receiving organization has to answer a referral of each priority, from the moment it is sent;
     * a referral still {@code requested} past it is overdue and escalated.
     */
    public record AnswerTimes(@DefaultValue("1h") Duration stat, @DefaultValue("4h") Duration asap,
            @DefaultValue("24h") Duration urgent, @DefaultValue("3d") Duration routine) {
    }

    /**
     * @param sweepEvery how often the sweep looks for referrals unanswered past their answer time
     * @param pollingInterval how often db-scheduler looks for a task that is due to run
     */
    public record Escalation(@DefaultValue("1m") Duration sweepEvery, @DefaultValue("5s") Duration pollingInterval) {
    }
}
