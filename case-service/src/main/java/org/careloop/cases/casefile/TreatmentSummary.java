package org.careloop.cases.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.careloop.support.problems.InvalidInputException.FieldError;

/**
 * The palliative treatment summary the social worker keeps on the case: what the patient has had or is having,
 * the medications for symptoms, and the holistic therapies that help.
 */
public record TreatmentSummary(List<Treatment> treatments, List<String> symptomMedications,
        List<HolisticTherapy> holisticTherapies, String notes, String updatedBy) {

    /**
     * The dates that break the rules, each named as its field ({@code treatments[i].endedOn}): an end before the
     * start, an end in the future. "Today" is the day in the hospice's zone ({@code careloop.cases.zone},
     * {@code CARELOOP_ZONE}), the same as for every other date rule, with no slack: a worker whose own calendar is
     * ahead is told which "today" counts ({@code GET /api/cases/today}, shown beside the dashboard's date inputs).
     * Every fault is collected, none stops the check.
     */
    List<FieldError> dateErrors(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < treatments.size(); i++) {
            Treatment t = treatments.get(i);
            if (t.startedOn() != null && t.endedOn() != null && t.endedOn().isBefore(t.startedOn())) {
                errors.add(new FieldError("treatments[" + i + "].endedOn", "must not be before startedOn"));
            }
            if (t.endedOn() != null && t.endedOn().isAfter(today)) {
                errors.add(new FieldError("treatments[" + i + "].endedOn", "must not be in the future"));
            }
        }
        return errors;
    }

    public record Treatment(TreatmentKind kind, TreatmentStatus status, LocalDate startedOn, LocalDate endedOn,
            String notes) {
    }

    public enum TreatmentKind {
        CHEMOTHERAPY, RADIATION, IMMUNOTHERAPY, SURGERY, PARACENTESIS, THORACENTESIS, PLEURODESIS,
        INDWELLING_CATHETER, CLINICAL_TRIAL, OTHER
    }

    public enum TreatmentStatus {
        PLANNED, ONGOING, COMPLETED, STOPPED, DECLINED
    }

    public enum HolisticTherapy {
        MUSIC_THERAPY, AROMATHERAPY, GUIDED_IMAGERY, REIKI, MASSAGE, ART_THERAPY, PET_THERAPY, MEDITATION,
        ACUPUNCTURE, OTHER
    }
}
