package org.careloop.cases.casefile;

import java.util.UUID;

/** A closed case is kept as it was closed: nothing more is written to it (a 409 problem {@code case-closed}). */
public class CaseClosedException extends RuntimeException {

    public CaseClosedException(UUID caseId) {
        super("Case " + caseId + " is closed: its record is kept as it was closed and takes no more changes.");
    }
}
