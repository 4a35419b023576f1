package org.careloop.support.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose values travel as lower-case codes ({@code in-progress}, {@code financial-assistance}) rather than
 * Java names: in JSON, in query parameters and in the database. A value's code is its name in lower case with
 * {@code -} for {@code _}; an enum whose standard spells a value otherwise overrides {@link #code()} for that value.
 * <p>
 * Jackson writes the code (the {@link JsonValue} here) and reads it with {@link CodedModule}. Java lets no interface
 * supply {@code toString()}: an enum whose values are read from requests or named in messages overrides it with
 * {@link #code()}, because the problem details list the values a field allows by their {@code toString()}.
 */
public interface Coded {

    /** The value's Java name ({@link Enum#name()}: every {@code Coded} is an enum). */
    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value with this code; an unknown code names the ones that exist. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        E[] values = type.getEnumConstants();
        for (E value : values) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(values).map(Coded::code)
                .collect(Collectors.joining(", ")));
    }
}
