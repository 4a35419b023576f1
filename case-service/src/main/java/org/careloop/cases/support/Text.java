package org.careloop.cases.support;

/** Optional text from clients: blank means absent. */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
