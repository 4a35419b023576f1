package org.careloop.cases.casefile;

import java.util.UUID;

/** No such case, or none the person may see: the two are told apart nowhere, so ids cannot be probed. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(UUID id) {
        super("No case " + id);
    }
}
