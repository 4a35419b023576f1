package org.careloop.notifications.bereavement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.careloop.notifications.bereavement.BereavementTemplate.Risk;
import org.careloop.notifications.bereavement.BereavementTemplate.Scheduled;
import org.careloop.notifications.bereavement.BereavementTemplate.Step;
import org.junit.jupiter.api.Test;

class BereavementTemplateTests {

    static final LocalDate DIED = LocalDate.of(2026, 1, 31);

    final BereavementTemplate template = new BereavementTemplate(null, null, null, null);

    @Test
    void theFirstContactComesSoonerTheHigherTheRisk() {
        assertThat(template.schedule(Risk.HIGH, DIED).getFirst())
                .isEqualTo(new Scheduled(FollowUpKind.FIRST_CONTACT, LocalDate.of(2026, 2, 3)));
        assertThat(template.schedule(Risk.MODERATE, DIED).getFirst())
                .isEqualTo(new Scheduled(FollowUpKind.FIRST_CONTACT, LocalDate.of(2026, 2, 14)));
        assertThat(template.schedule(Risk.LOW, DIED).getFirst())
                .as("a month after the last day of January is the last day of February")
                .isEqualTo(new Scheduled(FollowUpKind.FIRST_CONTACT, LocalDate.of(2026, 2, 28)));
    }

    @Test
    void afterTheFirstContactEveryRiskHasTheSameStepsCountedFromTheDeath() {
        List<Scheduled> steps = List.of(
                new Scheduled(FollowUpKind.THREE_MONTHS, LocalDate.of(2026, 4, 30)),
                new Scheduled(FollowUpKind.SIX_MONTHS, LocalDate.of(2026, 7, 31)),
                new Scheduled(FollowUpKind.NINE_MONTHS, LocalDate.of(2026, 10, 31)),
                new Scheduled(FollowUpKind.ANNIVERSARY, LocalDate.of(2027, 1, 17)),
                new Scheduled(FollowUpKind.CLOSING, LocalDate.of(2027, 2, 28)));
        for (Risk risk : Risk.values()) {
            List<Scheduled> schedule = template.schedule(risk, DIED);

            assertThat(schedule).as("%s", risk).hasSize(6);
            assertThat(schedule.subList(1, 6)).as("%s", risk).isEqualTo(steps);
        }
    }

    @Test
    void theScheduleIsInDateOrderForEveryRisk() {
        for (Risk risk : Risk.values()) {
            assertThat(template.schedule(risk, DIED)).extracting(Scheduled::dueOn).as("%s", risk).isSorted();
        }
    }

    @Test
    void theAnniversaryContactIsTwoWeeksBeforeTheFirstAnniversaryEvenOfALeapDay() {
        assertThat(template.dueOf(FollowUpKind.ANNIVERSARY, Risk.LOW, LocalDate.of(2026, 6, 10)))
                .isEqualTo(LocalDate.of(2027, 5, 27));
        assertThat(template.dueOf(FollowUpKind.ANNIVERSARY, Risk.LOW, LocalDate.of(2024, 2, 29)))
                .as("the anniversary of 29 February is 28 February")
                .isEqualTo(LocalDate.of(2025, 2, 14));
    }

    @Test
    void aCorrectedDateOfDeathGivesEachStepItsDateFromTheCorrectedDay() {
        LocalDate corrected = DIED.minusDays(1);

        assertThat(template.schedule(Risk.HIGH, corrected)).extracting(Scheduled::dueOn).containsExactly(
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 30),
                LocalDate.of(2026, 10, 30), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 2, 28));
        assertThat(template.dueOf(FollowUpKind.FIRST_CONTACT, Risk.HIGH, corrected))
                .isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(template.dueOf(FollowUpKind.SIX_MONTHS, Risk.HIGH, corrected))
                .isEqualTo(LocalDate.of(2026, 7, 30));
    }

    @Test
    void aConfiguredTemplateReplacesTheDefaults() {
        BereavementTemplate configured = new BereavementTemplate(
                Map.of(Risk.HIGH, Period.ofDays(1), Risk.MODERATE, Period.ofDays(7), Risk.LOW, Period.ofDays(21)),
                List.of(new Step(FollowUpKind.SIX_MONTHS, Period.ofMonths(6), null),
                        new Step(FollowUpKind.ANNIVERSARY, Period.ofYears(1), Period.ofDays(7))),
                Period.ofDays(2), Period.ofDays(5));

        assertThat(configured.schedule(Risk.HIGH, DIED)).containsExactly(
                new Scheduled(FollowUpKind.FIRST_CONTACT, LocalDate.of(2026, 2, 1)),
                new Scheduled(FollowUpKind.SIX_MONTHS, LocalDate.of(2026, 7, 31)),
                new Scheduled(FollowUpKind.ANNIVERSARY, LocalDate.of(2027, 1, 24)));
        assertThat(configured.retryAfterNoAnswer()).isEqualTo(Period.ofDays(2));
        assertThat(configured.letterAfterNoAnswer()).isEqualTo(Period.ofDays(5));
    }

    @Test
    void withoutConfigurationTheDefaultsFollowHospicePractice() {
        assertThat(template.firstContact()).containsOnly(Map.entry(Risk.HIGH, Period.ofDays(3)),
                Map.entry(Risk.MODERATE, Period.ofDays(14)), Map.entry(Risk.LOW, Period.ofMonths(1)));
        assertThat(template.retryAfterNoAnswer()).isEqualTo(Period.ofDays(3));
        assertThat(template.letterAfterNoAnswer()).isEqualTo(Period.ofDays(1));
    }
}
