package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Both ends of a referral talk on it: stored, listed oldest first, audited, announced without the text. */
class ReferralMessagesIntegrationTests extends ReferralServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void bothEndsTalkOnTheReferralAndReadTheThreadOldestFirst() {
        UUID id = referralToSunrise();

        Response asked = post(TestUser.SAM, id, "Can you visit Thursday?");
        Response answered = post(TestUser.HANA, id, "  Yes, 10:00\n");

        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        JsonNode question = asked.json();
        assertThat(asked.header("Location"))
                .isEqualTo("/api/referrals/" + id + "/messages/" + question.get("id").asString());
        assertThat(question.get("referralId").asString()).isEqualTo(id.toString());
        assertThat(question.get("text").asString()).isEqualTo("Can you visit Thursday?");
        assertThat(question.get("by").asString()).isEqualTo("sam");
        assertThat(question.get("role").asString()).isEqualTo("social-worker");
        assertThat(question.get("side").asString()).isEqualTo("requester");
        assertThat(Instant.parse(question.get("postedAt").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        assertThat(answered.json().get("text").asString()).isEqualTo("Yes, 10:00");
        assertThat(answered.json().get("side").asString()).isEqualTo("receiver");
        assertThat(answered.json().get("role").asString()).isEqualTo("hospice-staff");

        for (TestUser reader : List.of(TestUser.SAM, TestUser.SUE, TestUser.HANA)) {
            Response thread = api.get("/api/referrals/" + id + "/messages", token(reader));
            assertThat(thread.status()).as(reader.username() + ": " + thread).isEqualTo(200);
            assertThat(thread.json().findValuesAsString("text")).containsExactly("Can you visit Thursday?",
                    "Yes, 10:00");
        }
        Response one = api.get(asked.header("Location"), token(TestUser.HANA));
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("text").asString()).isEqualTo("Can you visit Thursday?");
    }

    @Test
    void emptyOrTooLongTextIsA400AndNothingIsStored() {
        UUID id = referralToSunrise();

        for (Map<String, Object> body : List.of(Map.<String, Object>of(), Map.<String, Object>of("text", ""),
                Map.<String, Object>of("text", " \n\t "), Map.<String, Object>of("text", "x".repeat(4001)))) {
            Response refused = api.post("/api/referrals/" + id + "/messages", token(TestUser.SAM), body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("text");
        }
        assertThat(api.post("/api/referrals/" + id + "/messages", token(TestUser.SAM), Map.of("text", 42)).status())
                .isEqualTo(400);
        assertThat(messagesOf(id)).isZero();
        assertThat(post(TestUser.SAM, id, " " + "x".repeat(4000) + " ").status()).isEqualTo(201);
        assertThat(messagesOf(id)).isEqualTo(1);
    }

    @Test
    void aReferralNotTheirsIs404AndAnotherRoleIs403() {
        UUID id = referralToSunrise();
        UUID unknown = UUID.randomUUID();

        for (TestUser stranger : List.of(TestUser.SARA, TestUser.NINA, TestUser.SOL, TestUser.CARL)) {
            assertThat(post(stranger, id, "Hello?").status()).as(stranger.username()).isEqualTo(404);
            Response read = api.get("/api/referrals/" + id + "/messages", token(stranger));
            assertThat(read.status()).as(stranger.username()).isEqualTo(404);
            assertThat(read.json().get("type").asString()).isEqualTo("https://careloop.dev/problems/referral-not-found");
        }
        assertThat(post(TestUser.SAM, unknown, "Hello?").status()).isEqualTo(404);
        assertThat(post(TestUser.ADAM, id, "Hello?").status()).isEqualTo(403);
        assertThat(api.post("/api/referrals/" + id + "/messages", null, Map.of("text", "Hello?")).status())
                .isEqualTo(401);
        assertThat(messagesOf(id)).isZero();
    }

    @Test
    void aDraftIsNotTalkedOnUntilItIsSent() {
        Map<String, Object> request = referralRequest(samsActiveCase(), HOME_HOSPICE);
        request.put("draft", true);
        UUID id = UUID.fromString(api.post("/api/referrals", token(TestUser.SAM), request).json().get("id")
                .asString());

        Response refused = post(TestUser.SAM, id, "Can you visit Thursday?");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asString())
                .isEqualTo("https://careloop.dev/problems/referral-not-sent");
        assertThat(post(TestUser.HANA, id, "Hello?").status()).isEqualTo(404);
        assertThat(messagesOf(id)).isZero();
        assertThat(setStatus(TestUser.SAM, id, "requested", null, null).status()).isEqualTo(200);
        assertThat(post(TestUser.SAM, id, "Can you visit Thursday?").status()).isEqualTo(201);
    }

    @Test
    void eachMessageIsAnnouncedOnceKeyedByTheCaseWithoutItsText() {
        UUID caseId = samsActiveCase();
        UUID id = referralToSunrise();
        try (TopicProbe probe = TopicProbe.open(Topics.REFERRAL_EVENTS)) {
            String question = post(TestUser.SAM, id, "Can you visit Thursday?").json().get("id").asString();
            String answer = post(TestUser.HANA, id, "Yes, 10:00").json().get("id").asString();

            probe.awaitUntil(records -> posted(records, id).size() >= 2, Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> events = posted(probe.drain(Duration.ofMillis(700)), id);

            assertThat(events).hasSize(2);
            assertThat(events).extracting(ConsumerRecord::key).containsOnly(caseId.toString());
            JsonNode fixture = fixture("careloop.referral.message-posted.v1");
            Set<String> sides = new HashSet<>();
            for (ConsumerRecord<String, String> event : events) {
                JsonNode data = JSON.readTree(event.value());
                assertThat(new HashSet<>(data.propertyNames())).isEqualTo(new HashSet<>(fixture.propertyNames()));
                assertThat(event.value()).doesNotContain("Thursday", "10:00", "breathlessness");
                assertThat(data.get("caseId").asString()).isEqualTo(caseId.toString());
                assertThat(data.get("organizationId").asString()).isEqualTo(SUNRISE_HOSPICE.toString());
                assertThat(data.get("requestedBySub").asString()).isEqualTo(TestUser.SAM.subject());
                assertThat(data.get("team").asString()).isEqualTo("palliative-north");
                sides.add(data.get("messageId").asString() + " " + data.get("postedBySide").asString() + " "
                        + data.get("postedBy").asString() + " " + data.get("postedByRole").asString());
            }
            assertThat(sides).containsExactlyInAnyOrder(question + " requester sam social-worker",
                    answer + " receiver hana hospice-staff");
        }
    }

    @Test
    void everyPostAndReadIsAuditedWithoutTheText() {
        UUID id = referralToSunrise();

        post(TestUser.SAM, id, "Can you visit Thursday?");
        api.get("/api/referrals/" + id + "/messages", token(TestUser.HANA));
        post(TestUser.HANA, id, "");
        post(TestUser.CARL, id, "Hello?");

        List<String> records = jdbc.sql("""
                select username || ' ' || action || ' ' || outcome from audit_record
                 where record_id = :id and action like '%MESSAGE%' order by id""").param("id", id)
                .query(String.class).list();
        assertThat(records).containsExactly("sam POST_REFERRAL_MESSAGE ALLOWED",
                "hana READ_REFERRAL_MESSAGES ALLOWED", "hana POST_REFERRAL_MESSAGE ALLOWED",
                "carl POST_REFERRAL_MESSAGE DENIED");
        assertThat(jdbc.sql("select string_agg(a::text, ' ') from audit_record a where record_id = :id")
                .param("id", id).query(String.class).single()).doesNotContain("Thursday");
    }

    private Response post(TestUser user, UUID referralId, String text) {
        return api.post("/api/referrals/" + referralId + "/messages", token(user), Map.of("text", text));
    }

    private long messagesOf(UUID referralId) {
        return jdbc.sql("select count(*) from referral_message where referral_id = :id").param("id", referralId)
                .query(Long.class).optional().orElse(0L);
    }

    private static List<ConsumerRecord<String, String>> posted(List<ConsumerRecord<String, String>> records,
            UUID id) {
        return records.stream().filter(r -> r.value().contains(id.toString()))
                .filter(r -> "careloop.referral.message-posted.v1".equals(TopicProbe.header(r, CloudEventHeaders.TYPE)))
                .toList();
    }

    private static JsonNode fixture(String type) {
        try (InputStream in = ReferralMessagesIntegrationTests.class
                .getResourceAsStream("/org/careloop/events/referrals/v1/" + type + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
