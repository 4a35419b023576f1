package org.careloop.cases.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * The palliative treatment summary the social worker keeps on the case: what the patient has had or is having,
 * the medications for symptoms, and the holistic therapies that help.
 */
public record TreatmentSummary(List<Treatment> treatments, List<String> symptomMedications,
        List<HolisticTherapy> holisticTherapies, String notes, String updatedBy) {

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
