package org.careloop.support.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson's read constraints for every request body a service parses: no document longer than the request size
 * limit, no text longer than any field needs, no nesting deeper than any request has. A hostile body fails fast
 * with a 400 problem instead of costing memory and stack.
 * <p>
 * In Jackson 3 the constraints live on the {@link JsonFactory}, which a {@code JsonMapper.Builder} takes only when
 * it is made; Boot's builder bean is made with a default factory and no customizer can replace it. So this is
 * Boot's builder bean with a constrained factory, and Boot's customizers (and ours) applied in order, as Boot does.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(HttpProperties.class)
public class JsonReadLimits {

    /** Deeper than any CareLoop request (at most four levels) by far, shallow enough to be harmless. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters in one text value: the longest field allows 5,000. */
    public static final int MAX_STRING_LENGTH = 100_000;

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers,
            HttpProperties http) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(http.maxRequestBytes())
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
