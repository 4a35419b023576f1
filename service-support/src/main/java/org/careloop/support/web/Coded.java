package org.careloop.support.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose values travel as lower-case codes ({@code in-progress}, {@code financial-assistance}) rather than
 * Java names, in JSON and in query parameters alike.
 */
public interface Coded {

    String code();

    /** The value with this code; an unknown code names the ones that exist. */
    static <E extends Enum<E> & Coded> E of(E[] values, String code) {
        for (E value : values) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(values).map(Coded::code)
                .collect(Collectors.joining(", ")));
    }
}
