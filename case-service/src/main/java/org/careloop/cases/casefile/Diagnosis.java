package org.careloop.cases.casefile;

import java.time.LocalDate;

/** The life-limiting condition, e.g. pleural mesothelioma, site: right pleura, stage: IV. */
public record Diagnosis(String condition, String site, String stage, LocalDate diagnosedOn) {
}
