package org.careloop.cases.casefile;

import java.time.LocalDate;

import org.careloop.support.web.Text;

/** The person the case is about. */
public record Patient(String givenName, String familyName, LocalDate dateOfBirth, String phone, String address) {

    /** What the caseload search matches: "given family", lower case, without accents. */
    String searchKey() {
        return searchForm(givenName + " " + familyName);
    }

    /** Lower case, accents and other combining marks removed, runs of white space made one. */
    public static String searchForm(String text) {
        return Text.searchForm(text);
    }
}
