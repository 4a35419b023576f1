package org.careloop.cases.casefile;

import java.util.List;
import java.util.UUID;

/** One page of a caseload and how many cases match in all. */
public record CasePage(List<Case> items, long total) {

    public List<UUID> ids() {
        return items.stream().map(Case::id).toList();
    }
}
