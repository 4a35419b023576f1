package org.careloop.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.careloop.events.audit.v1.AuditChainAnchored;
import org.careloop.events.cases.v1.CaseAssigned;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.bereavement.v1.PlanActivated;
import org.careloop.events.bereavement.v1.PlanCompleted;
import org.careloop.events.cases.v1.CaseStatusChanged;
import org.careloop.events.cases.v1.DeathDateCorrected;
import org.careloop.events.cases.v1.DeathEnteredInError;
import org.careloop.events.cases.v1.FamilyMemberAdded;
import org.careloop.events.cases.v1.PatientDied;
import org.careloop.events.directory.v1.OrganizationChanged;
import org.careloop.events.referrals.v1.AnswerOverdue;
import org.careloop.events.referrals.v1.MessagePosted;
import org.careloop.events.referrals.v1.ReferralRequested;
import org.careloop.events.referrals.v1.ReferralStatusChanged;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fixtures are the contract: producers must write exactly them, consumers must read them (and ignore
 * fields added later).
 */
class EventFixturesTests {

    static final UUID CASE_ID = UUID.fromString("c0a5e000-0000-4000-8000-000000000001");
    static final UUID REFERRAL_ID = UUID.fromString("4e7e0000-0000-4000-8000-000000000011");
    static final UUID SERVICE_ID = UUID.fromString("5e4c0000-0000-4000-8000-000000000101");
    static final UUID PLAN_ID = UUID.fromString("b1a40000-0000-4000-8000-000000000021");
    static final UUID FAMILY_MEMBER_ID = UUID.fromString("fa000000-0000-4000-8000-000000000007");
    /** The token subjects of sam and sara: who a person is, where their username is only for display. */
    static final String SAM = "5e1f0000-0000-4000-8000-00000000005a";
    static final String SARA = "5e1f0000-0000-4000-8000-0000000005a4";
    static final UUID SUNRISE_HOSPICE = UUID.fromString("5a1e0000-0000-4000-8000-000000000001");

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(CaseOpened.TYPE, new CaseOpened(CASE_ID, "OPEN", "sam", "palliative-north",
                        Instant.parse("2026-11-02T09:15:00Z"), SAM)),
                Arguments.of(CaseAssigned.TYPE, new CaseAssigned(CASE_ID, "sam", "sara", "palliative-north",
                        Instant.parse("2026-11-03T14:00:00Z"), SARA)),
                Arguments.of(CaseStatusChanged.TYPE, new CaseStatusChanged(CASE_ID, "OPEN", "ACTIVE", "sam",
                        "palliative-north", Instant.parse("2026-11-04T10:30:00Z"), SAM)),
                Arguments.of(PatientDied.TYPE, new PatientDied(CASE_ID, LocalDate.parse("2026-11-20"), "sam",
                        "palliative-north", Instant.parse("2026-11-21T08:05:00Z"), SAM)),
                Arguments.of(FamilyMemberAdded.TYPE, new FamilyMemberAdded(CASE_ID,
                        UUID.fromString("fa000000-0000-4000-8000-000000000007"), "spouse", "HIGH",
                        Instant.parse("2026-11-02T09:40:00Z"))),
                Arguments.of(ReferralRequested.TYPE, new ReferralRequested(REFERRAL_ID, CASE_ID, SERVICE_ID,
                        SUNRISE_HOSPICE, "hospice", "urgent", "sam", "palliative-north",
                        Instant.parse("2026-11-05T11:00:00Z"), SAM)),
                Arguments.of(ReferralStatusChanged.TYPE, new ReferralStatusChanged(REFERRAL_ID, CASE_ID,
                        SUNRISE_HOSPICE, "in-progress", "completed", "got-help", "hana", "hospice-staff", "sam",
                        "palliative-north", Instant.parse("2026-11-06T16:20:00Z"), SAM)),
                Arguments.of(MessagePosted.TYPE, new MessagePosted(REFERRAL_ID,
                        UUID.fromString("3e55a6e0-0000-4000-8000-000000000031"), CASE_ID, SUNRISE_HOSPICE, "receiver",
                        "hana", "hospice-staff", "sam", SAM, "palliative-north",
                        Instant.parse("2026-11-05T15:42:00Z"))),
                Arguments.of(AnswerOverdue.TYPE, new AnswerOverdue(REFERRAL_ID, CASE_ID, SUNRISE_HOSPICE, "hospice",
                        "urgent", Instant.parse("2026-11-05T11:00:00Z"), Instant.parse("2026-11-06T11:00:00Z"),
                        "sam", SAM, "palliative-north", Instant.parse("2026-11-06T11:00:20Z"))),
                Arguments.of(DeathDateCorrected.TYPE, new DeathDateCorrected(CASE_ID, LocalDate.parse("2026-11-20"),
                        LocalDate.parse("2026-11-19"), "sam", "palliative-north",
                        Instant.parse("2026-11-22T10:00:00Z"))),
                Arguments.of(DeathEnteredInError.TYPE, new DeathEnteredInError(CASE_ID, "ACTIVE", "sam",
                        "palliative-north", Instant.parse("2026-11-21T09:00:00Z"))),
                Arguments.of(PlanActivated.TYPE, new PlanActivated(PLAN_ID, CASE_ID, FAMILY_MEMBER_ID, "HIGH",
                        LocalDate.parse("2026-11-20"), 6, Instant.parse("2026-11-21T08:05:01Z"))),
                Arguments.of(PlanCompleted.TYPE, new PlanCompleted(PLAN_ID, CASE_ID, FAMILY_MEMBER_ID, "completed",
                        Instant.parse("2027-12-21T15:30:00Z"))),
                Arguments.of(OrganizationChanged.TYPE, new OrganizationChanged(SUNRISE_HOSPICE,
                        "intake@sunrise-hospice.example", Instant.parse("2026-11-01T08:00:00Z"))),
                Arguments.of(AuditChainAnchored.TYPE, new AuditChainAnchored("case-service/cases", 1042,
                        "3f0a5c9e2b7d41a8e6c0f9b2d3a4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7",
                        Instant.parse("2026-11-21T08:06:00Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleSerializesToTheFixture(String type, Record sample) throws IOException {
        // as the wire carries it: a tree made straight from the record would tell a long 1042 from an int 1042
        JsonNode written = JSON.readTree(JSON.writeValueAsString(sample));
        assertThat(written).isEqualTo(fixture(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void fixtureDeserializesToTheSample(String type, Record sample) throws IOException {
        assertThat(JSON.treeToValue(fixture(type), sample.getClass())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void fieldsAddedLaterAreIgnored(String type, Record sample) throws IOException {
        ObjectNode extended = (ObjectNode) fixture(type);
        extended.put("addedInALaterVersion", "anything");

        assertThat(JSON.treeToValue(extended, sample.getClass())).isEqualTo(sample);
    }

    /** The person's sub was added to v1 later: an event of the first shape reads with the sub unknown (null). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anEventWithoutTheSubjectAddedLaterReadsWithItUnknown(String type, Record sample) throws IOException {
        ObjectNode first = (ObjectNode) fixture(type);
        first.remove(List.of("assignedWorkerSub", "requestedBySub"));

        JsonNode read = JSON.valueToTree(JSON.treeToValue(first, sample.getClass()));
        for (String field : List.of("assignedWorkerSub", "requestedBySub")) {
            if (read.has(field)) {
                assertThat(read.get(field).isNull()).as(field).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void typeNameFollowsTheConvention(String type, Record sample) {
        assertThat(type).matches("careloop\\.(case|referral|bereavement|audit|directory)\\.[a-z-]+\\.v1");
    }

    static JsonNode fixture(String type) throws IOException {
        String folder = type.startsWith("careloop.case.") ? "cases"
                : type.startsWith("careloop.referral.") ? "referrals"
                : type.startsWith("careloop.audit.") ? "audit"
                : type.startsWith("careloop.directory.") ? "directory" : "bereavement";
        try (InputStream in = EventFixturesTests.class.getResourceAsStream(folder + "/v1/" + type + ".json")) {
            assertThat(in).as("fixture %s.json", type).isNotNull();
            return JSON.readTree(in);
        }
    }
}
