package org.careloop.notifications.bereavement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.cases.v1.DeathDateCorrected;
import org.careloop.events.cases.v1.FamilyMemberAdded;
import org.careloop.events.cases.v1.PatientDied;
import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;

import tools.jackson.databind.JsonNode;

/** Reminders of due follow-ups: exactly once with several scheduler instances, and none lost across a restart. */
class FollowUpRemindersIntegrationTests extends NotificationServiceIntegrationTest {

    @Autowired
    FollowUpReminders reminders;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<SmartLifecycle> lifecycles;

    @Test
    void withTwoSchedulerInstancesEachDueFollowUpIsRemindedExactlyOnce() {
        UUID caseId = deathOfAFamilyWith(3);
        // a second instance: its own db-scheduler on the same database, running the same sweep
        Scheduler second = Scheduler.create(dataSource)
                .startTasks(Tasks.recurring("follow-up-reminders", FixedDelay.of(Duration.ofMillis(300)))
                        .execute((instance, context) -> reminders.sweep()))
                .threads(2).pollingInterval(Duration.ofMillis(200))
                .clock(() -> clock.instant())
                .build();
        second.start();
        try {
            clock.moveForward(Duration.ofDays(40)); // every first contact (3 days to one month) is now due

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> remindersFor(caseId) >= 3);
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> remindersFor(caseId) == 3);
        } finally {
            second.stop();
        }
        assertThat(jdbc.sql("""
                select count(*) from follow_up f join bereavement_plan p on p.id = f.plan_id
                 where p.case_id = :id and f.reminded_at is not null""").param("id", caseId)
                .query(Long.class).single()).isEqualTo(3);
        JsonNode due = api.get("/api/follow-ups/due?before=" + LocalDate.now(clock), token(TestUser.SAM)).json();
        assertThat(due.findValuesAsString("caseId").stream().filter(id -> id.equals(caseId.toString()))).hasSize(3);
        assertThat(api.get("/api/follow-ups/due", token(TestUser.SARA)).json().findValuesAsString("caseId"))
                .doesNotContain(caseId.toString());
    }

    @Test
    void whatFellDueWhileTheSchedulerWasStoppedIsRemindedAfterTheRestart() {
        SmartLifecycle scheduling = lifecycles.stream()
                .filter(l -> l instanceof org.careloop.support.schedule.DurableSweeps).findFirst().orElseThrow();
        UUID caseId = deathOfAFamilyWith(1);
        scheduling.stop();
        try {
            clock.moveForward(Duration.ofDays(40));
            Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> remindersFor(caseId) == 0);
        } finally {
            scheduling.start();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> remindersFor(caseId) == 1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(caseId.toString())));
    }

    @Test
    void aFollowUpAlreadyRemindedIsRemindedAgainAtTheDateACorrectedDeathMovesItTo() {
        UUID caseId = deathOfAFamilyWith(1); // HIGH risk: first contact 3 days after the death
        LocalDate died = LocalDate.now(clock);
        clock.moveForward(Duration.ofDays(4));
        // the sweep itself, not the scheduler: another test's moved clock may have put its next run days away
        reminders.sweep();
        assertThat(remindersFor(caseId)).isEqualTo(1);

        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, DeathDateCorrected.TYPE, caseId, at,
                new DeathDateCorrected(caseId, died, died.plusDays(10), "sam", "palliative-north", at));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from follow_up f join bereavement_plan p on p.id = f.plan_id
                 where p.case_id = :id and f.kind = 'FIRST_CONTACT' and f.due_on = :due""")
                .param("id", caseId).param("due", java.sql.Date.valueOf(died.plusDays(13)))
                .query(Long.class).single() == 1);
        clock.moveForward(Duration.ofDays(10)); // the new date of the first contact
        reminders.sweep();

        assertThat(remindersFor(caseId)).as("reminded again at its new date").isEqualTo(2);
    }

    private UUID deathOfAFamilyWith(int members) {
        api.get("/api/notifications", token(TestUser.SAM)); // sam's address is known for the reminder mail
        UUID caseId = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60);
        events().send(Topics.CASE_EVENTS, CaseOpened.TYPE, caseId, at,
                new CaseOpened(caseId, "OPEN", "sam", "palliative-north", at, TestUser.SAM.subject()));
        String[] risks = { "HIGH", "MODERATE", "LOW" };
        for (int i = 0; i < members; i++) {
            events().send(Topics.CASE_EVENTS, FamilyMemberAdded.TYPE, caseId, at,
                    new FamilyMemberAdded(caseId, UUID.randomUUID(), "relative", risks[i], at));
        }
        events().send(Topics.CASE_EVENTS, PatientDied.TYPE, caseId, at,
                new PatientDied(caseId, LocalDate.now(clock), "sam", "palliative-north", at,
                        TestUser.SAM.subject()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from bereavement_plan where case_id = :id").param("id", caseId)
                .query(Long.class).single() == members);
        return caseId;
    }

    private long remindersFor(UUID caseId) {
        return jdbc.sql("select count(*) from notification where kind = 'FOLLOW_UP_DUE' and link = :link")
                .param("link", "/cases/" + caseId + "/bereavement").query(Long.class).single();
    }
}
