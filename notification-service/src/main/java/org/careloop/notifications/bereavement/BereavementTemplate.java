package org.careloop.notifications.bereavement;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bereavement schedule, as configuration: a first contact sooner for higher risk, then the steps, each a period
 * after the death less an optional lead (a contact "before the first anniversary" is one year less two weeks).
 * Defaults follow hospice practice: HIGH within 3 days, MODERATE within 14 days, LOW within a month; then 3, 6 and
 * 9 months, two weeks before the anniversary, and a closing contact at 13 months.
 */
@ConfigurationProperties("careloop.notifications.bereavement")
public record BereavementTemplate(Map<Risk, Period> firstContact, List<Step> steps,
        @DefaultValue("P3D") Period retryAfterNoAnswer, @DefaultValue("P1D") Period letterAfterNoAnswer) {

    public enum Risk {
        LOW, MODERATE, HIGH
    }

    public record Step(FollowUpKind kind, Period after, Period before) {

        public Step {
            before = before == null ? Period.ZERO : before;
        }
    }

    public BereavementTemplate {
        firstContact = firstContact == null || firstContact.isEmpty()
                ? Map.of(Risk.HIGH, Period.ofDays(3), Risk.MODERATE, Period.ofDays(14), Risk.LOW, Period.ofMonths(1))
                : Map.copyOf(firstContact);
        steps = steps == null || steps.isEmpty() ? List.of(
                new Step(FollowUpKind.THREE_MONTHS, Period.ofMonths(3), null),
                new Step(FollowUpKind.SIX_MONTHS, Period.ofMonths(6), null),
                new Step(FollowUpKind.NINE_MONTHS, Period.ofMonths(9), null),
                new Step(FollowUpKind.ANNIVERSARY, Period.ofYears(1), Period.ofDays(14)),
                new Step(FollowUpKind.CLOSING, Period.ofMonths(13), null)) : List.copyOf(steps);
        retryAfterNoAnswer = retryAfterNoAnswer == null ? Period.ofDays(3) : retryAfterNoAnswer;
        letterAfterNoAnswer = letterAfterNoAnswer == null ? Period.ofDays(1) : letterAfterNoAnswer;
    }

    public record Scheduled(FollowUpKind kind, LocalDate dueOn) {
    }

    /** The follow-ups of one family member, in date order. */
    public List<Scheduled> schedule(Risk risk, LocalDate dateOfDeath) {
        List<Scheduled> schedule = new ArrayList<>();
        schedule.add(new Scheduled(FollowUpKind.FIRST_CONTACT, dateOfDeath.plus(firstContact.get(risk))));
        for (Step step : steps) {
            schedule.add(new Scheduled(step.kind(), dateOfDeath.plus(step.after()).minus(step.before())));
        }
        return schedule;
    }

    LocalDate dueOf(FollowUpKind kind, Risk risk, LocalDate dateOfDeath) {
        return schedule(risk, dateOfDeath).stream().filter(s -> s.kind() == kind).findFirst()
                .map(Scheduled::dueOn).orElseThrow();
    }
}
