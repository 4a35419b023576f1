package org.careloop.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Item 2: the services' JSON mapper refuses documents that are too deep, too long or hold too long a text. */
class JsonReadLimitsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JsonReadLimits.class, JacksonAutoConfiguration.class));

    @Test
    void theServicesJsonMapperHasReadConstraints() {
        context.run(context -> {
            JsonMapper json = context.getBean(JsonMapper.class);
            var constraints = json.tokenStreamFactory().streamReadConstraints();
            assertThat(constraints.getMaxNestingDepth()).isEqualTo(JsonReadLimits.MAX_NESTING_DEPTH);
            assertThat(constraints.getMaxDocumentLength()).isEqualTo(1_048_576);
            assertThat(constraints.getMaxStringLength()).isEqualTo(JsonReadLimits.MAX_STRING_LENGTH);

            String deep = "[".repeat(JsonReadLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(
                    JsonReadLimits.MAX_NESTING_DEPTH + 1);
            assertThatThrownBy(() -> json.readTree(deep)).isInstanceOf(JacksonException.class);
            String longText = "\"" + "y".repeat(JsonReadLimits.MAX_STRING_LENGTH + 1) + "\"";
            assertThatThrownBy(() -> json.readTree(longText)).isInstanceOf(JacksonException.class);
            assertThat(json.readTree("{\"a\":[{\"b\":\"c\"}]}")).isInstanceOf(JsonNode.class);
        });
    }

    @Test
    void theLimitFollowsTheRequestSizeLimit() {
        context.withPropertyValues("careloop.http.max-request-bytes=2048").run(context -> assertThat(context
                .getBean(JsonMapper.class).tokenStreamFactory().streamReadConstraints().getMaxDocumentLength())
                .isEqualTo(2048));
    }
}
