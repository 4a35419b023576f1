package org.careloop.support.web;

import java.text.Normalizer;
import java.util.Locale;

/** Optional text from clients: blank means absent. */
public final class Text {

    /** What a phone number may hold: digits, spaces, + ( ) . / - and nothing that could be markup. */
    public static final String PHONE = "[+0-9 ()./-]{3,40}";

    private Text() {
    }

    /** Lower case, accents and other combining marks removed, runs of white space made one: what searches match. */
    public static String searchForm(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern that matches the text anywhere, with LIKE's own wildcards taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
