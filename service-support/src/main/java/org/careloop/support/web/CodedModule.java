package org.careloop.support.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every {@link Coded} enum from its code, and nothing else: not its Java name, not its position, not an empty
 * text. Anything else is an {@code InvalidFormatException} (or a mismatched input, for what is not a text) aimed at
 * the enum, which the problem details answer with a 400 that names the codes the field allows.
 */
public class CodedModule extends JacksonModule {

    @Override
    public String getModuleName() {
        return "careloop-coded";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new CodedDeserializers());
    }

    private static final class CodedDeserializers extends Deserializers.Base {

        @Override
        public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier description) {
            return hasDeserializerFor(config, type.getRawClass()) ? new CodedDeserializer(type.getRawClass()) : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
            return type.isEnum() && Coded.class.isAssignableFrom(type);
        }
    }

    private static final class CodedDeserializer extends StdScalarDeserializer<Coded> {

        private final Coded[] values;

        CodedDeserializer(Class<?> type) {
            super(type);
            this.values = (Coded[]) type.getEnumConstants();
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Coded deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Coded) context.handleUnexpectedToken(handledType(), parser);
            }
            String code = parser.getString();
            for (Coded value : values) {
                if (value.code().equals(code)) {
                    return value;
                }
            }
            return (Coded) context.handleWeirdStringValue(handledType(), code, "not one of its codes");
        }
    }
}
