package org.careloop.support.web;

/** Optional text from clients: blank means absent. */
public final class Text {

    /** What a phone number may hold: digits, spaces, + ( ) . / - and nothing that could be markup. */
    public static final String PHONE = "[+0-9 ()./-]{3,40}";

    private Text() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
