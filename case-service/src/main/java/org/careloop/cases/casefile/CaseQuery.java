package org.careloop.cases.casefile;

import java.util.Set;

/** A page of the caseload: filters, name search, sort and paging. */
public record CaseQuery(Set<CaseStatus> statuses, String q, String assignedTo, CaseSort sort, boolean descending,
        int page, int size) {

    public enum CaseSort {
        OPENED_AT("opened_at"), UPDATED_AT("updated_at"), PATIENT_NAME("patient_search_name"), STATUS("status");

        final String column;

        CaseSort(String column) {
            this.column = column;
        }
    }
}
