package org.careloop.events.cases.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

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
class CaseEventFixturesTests {

    static final UUID CASE_ID = UUID.fromString("c0a5e000-0000-4000-8000-000000000001");

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(CaseOpened.TYPE, new CaseOpened(CASE_ID, "OPEN", "sam", "palliative-north",
                        Instant.parse("2026-11-02T09:15:00Z"))),
                Arguments.of(CaseAssigned.TYPE, new CaseAssigned(CASE_ID, "sam", "sara", "palliative-north",
                        Instant.parse("2026-11-03T14:00:00Z"))),
                Arguments.of(CaseStatusChanged.TYPE, new CaseStatusChanged(CASE_ID, "OPEN", "ACTIVE", "sam",
                        "palliative-north", Instant.parse("2026-11-04T10:30:00Z"))),
                Arguments.of(PatientDied.TYPE, new PatientDied(CASE_ID, LocalDate.parse("2026-11-20"), "sam",
                        "palliative-north", Instant.parse("2026-11-21T08:05:00Z"))),
                Arguments.of(FamilyMemberAdded.TYPE, new FamilyMemberAdded(CASE_ID,
                        UUID.fromString("fa000000-0000-4000-8000-000000000007"), "spouse", "HIGH",
                        Instant.parse("2026-11-02T09:40:00Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleSerializesToTheFixture(String type, Record sample) throws IOException {
        JsonNode written = JSON.valueToTree(sample);
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void typeNameFollowsTheConvention(String type, Record sample) {
        assertThat(type).matches("careloop\\.case\\.[a-z-]+\\.v1");
    }

    static JsonNode fixture(String type) throws IOException {
        try (InputStream in = CaseEventFixturesTests.class.getResourceAsStream(type + ".json")) {
            assertThat(in).as("fixture %s.json", type).isNotNull();
            return JSON.readTree(in);
        }
    }
}
