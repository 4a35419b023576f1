package org.careloop.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class CodedTests {

    /** Two values named by the rule, and one its standard spells otherwise (as HSDS spells "temporarily closed"). */
    enum Stage implements Coded {

        IN_PROGRESS, DONE, TEMPORARILY_CLOSED;

        @Override
        public String code() {
            return this == TEMPORARILY_CLOSED ? "temporarily closed" : Coded.super.code();
        }
    }

    record Body(Stage stage) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(new CodedModule()).build();

    @Test
    void theCodeIsTheNameInLowerCaseWithDashes() {
        assertThat(Stage.IN_PROGRESS.code()).isEqualTo("in-progress");
        assertThat(Stage.DONE.code()).isEqualTo("done");
        assertThat(Stage.TEMPORARILY_CLOSED.code()).isEqualTo("temporarily closed");
    }

    @Test
    void ofFindsAValueByItsCodeAndOtherwiseNamesTheCodes() {
        assertThat(Coded.of(Stage.class, "in-progress")).isEqualTo(Stage.IN_PROGRESS);
        assertThat(Coded.of(Stage.class, "temporarily closed")).isEqualTo(Stage.TEMPORARILY_CLOSED);
        for (String notACode : new String[] { "IN_PROGRESS", "in_progress", "", "lost" }) {
            assertThatThrownBy(() -> Coded.of(Stage.class, notACode)).as(notACode)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("must be one of in-progress, done, temporarily closed");
        }
    }

    @Test
    void jacksonWritesTheCode() {
        assertThat(json.writeValueAsString(new Body(Stage.IN_PROGRESS))).isEqualTo("{\"stage\":\"in-progress\"}");
        assertThat(json.writeValueAsString(List.of(Stage.DONE, Stage.TEMPORARILY_CLOSED)))
                .isEqualTo("[\"done\",\"temporarily closed\"]");
    }

    @Test
    void jacksonReadsTheCode() {
        assertThat(json.readValue("{\"stage\":\"in-progress\"}", Body.class)).isEqualTo(new Body(Stage.IN_PROGRESS));
        assertThat(json.readValue("[\"done\",\"temporarily closed\"]", new TypeReference<List<Stage>>() {
        })).containsExactly(Stage.DONE, Stage.TEMPORARILY_CLOSED);
        assertThat(json.readValue("{\"stage\":null}", Body.class)).isEqualTo(new Body(null));
    }

    @Test
    void jacksonRefusesAnythingButACodeAsAMismatchAimedAtTheEnum() {
        for (String text : new String[] { "\"IN_PROGRESS\"", "\"lost\"", "\"\"" }) {
            assertThatThrownBy(() -> json.readValue("{\"stage\":" + text + "}", Body.class)).as(text)
                    .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                        assertThat(e.getTargetType()).isEqualTo(Stage.class);
                        assertThat(e.getPath()).extracting(reference -> reference.getPropertyName())
                                .containsExactly("stage");
                    });
        }
        for (String notText : new String[] { "1", "true", "[\"done\"]", "{}" }) {
            assertThatThrownBy(() -> json.readValue("{\"stage\":" + notText + "}", Body.class)).as(notText)
                    .isInstanceOfSatisfying(MismatchedInputException.class,
                            e -> assertThat(e.getTargetType()).isEqualTo(Stage.class));
        }
    }
}
