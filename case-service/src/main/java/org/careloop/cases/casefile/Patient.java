package org.careloop.cases.casefile;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** The person the case is about. */
public record Patient(String givenName, String familyName, LocalDate dateOfBirth, String phone, String address) {

    /** What the caseload search matches: "given family", lower case, without accents. */
    String searchKey() {
        return searchForm(givenName + " " + familyName);
    }

    /** Lower case, accents and other combining marks removed, runs of white space made one. */
    public static String searchForm(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
