package org.careloop.cases.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.careloop.support.web.Text;

/** A page of the caseload: filters, name search, sort and paging. */
public record CaseQuery(Set<CaseStatus> statuses, String q, String assignedTo, CaseSort sort, boolean descending,
        int page, int size) {

    /** The caseload's order when the caller names none: the newest cases first. */
    public static final String DEFAULT_SORT = "openedAt,desc";

    /**
     * The query as a caller words it: {@code sort} is a field ({@link CaseSort}), optionally followed by
     * {@code ,asc} (the default) or {@code ,desc}. Every fault is collected into one {@link InvalidInputException}
     * naming {@code status} or {@code sort}.
     */
    public static CaseQuery of(Collection<CaseStatus> statuses, String q, String assignedTo, String sort, int page,
            int size) {
        List<FieldError> errors = new ArrayList<>();
        if (statuses != null && statuses.stream().anyMatch(Objects::isNull)) { // an empty or blank value converts to no status at all
            errors.add(new FieldError("status", "must be one of " + Arrays.toString(CaseStatus.values())));
        }
        String[] parts = (sort == null || sort.isBlank() ? DEFAULT_SORT : sort).split(",", 2);
        Optional<CaseSort> by = CaseSort.parse(parts[0]);
        if (by.isEmpty()) {
            errors.add(new FieldError("sort", "must be one of " + CaseSort.names()
                    + ", optionally followed by ,asc or ,desc"));
        }
        String direction = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            errors.add(new FieldError("sort", "direction must be asc or desc"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<CaseStatus> wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(statuses);
        return new CaseQuery(wanted, q, Text.blankToNull(assignedTo), by.get(), direction.equals("desc"), page,
                size);
    }

    public enum CaseSort {
        OPENED_AT("openedAt", "opened_at"), UPDATED_AT("updatedAt", "updated_at"),
        PATIENT_NAME("patientName", "patient_search_name"), STATUS("status", "status");

        /** How callers name the field. */
        final String parameter;
        final String column;

        CaseSort(String parameter, String column) {
            this.parameter = parameter;
            this.column = column;
        }

        /** The field a caller names ({@code openedAt}, {@code updatedAt}, {@code patientName}, {@code status}). */
        public static Optional<CaseSort> parse(String name) {
            return Arrays.stream(values()).filter(sort -> sort.parameter.equals(name)).findFirst();
        }

        static String names() {
            return Arrays.stream(values()).map(sort -> sort.parameter).collect(Collectors.joining(", "));
        }
    }
}
