package org.careloop.cases.casefile;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careloop.cases.casefile.TreatmentSummary.HolisticTherapy;
import org.careloop.cases.casefile.TreatmentSummary.Treatment;
import org.careloop.cases.casefile.TreatmentSummary.TreatmentKind;
import org.careloop.cases.casefile.TreatmentSummary.TreatmentStatus;
import org.careloop.support.web.Text;

/** What clients send to the case file: validated at the edge, mapped to domain types. */
final class CaseRequests {

    private CaseRequests() {
    }

    record OpenCaseRequest(@NotNull @Valid PatientRequest patient, @NotNull @Valid DiagnosisRequest diagnosis,
            @Size(max = 100) String assignedWorker) {
    }

    record PatientRequest(@NotBlank @Size(max = 100) String givenName, @NotBlank @Size(max = 100) String familyName,
            @NotNull LocalDate dateOfBirth, @Size(max = 40) @Pattern(regexp = Text.PHONE) String phone,
            @Size(max = 300) String address) {

        Patient toPatient() {
            return new Patient(givenName.strip(), familyName.strip(), dateOfBirth, blankToNull(phone),
                    blankToNull(address));
        }
    }

    record DiagnosisRequest(@NotBlank @Size(max = 200) String condition, @Size(max = 100) String site,
            @Size(max = 50) String stage, LocalDate diagnosedOn) {

        Diagnosis toDiagnosis() {
            return new Diagnosis(condition.strip(), blankToNull(site), blankToNull(stage), diagnosedOn);
        }
    }

    /**
     * {@code noBereavementSupport}: closing a case after a death without an ended bereavement plan for every family
     * member, and why no support is needed (listed in the move's {@code requires} when it is needed).
     */
    record StatusChangeRequest(@NotNull CaseStatus status, @Size(max = 1000) String reason, LocalDate dateOfDeath,
            @Valid NoBereavementSupportRequest noBereavementSupport) {
    }

    record NoBereavementSupportRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record DateOfDeathRequest(@NotNull LocalDate dateOfDeath, @Size(max = 1000) String reason) {
    }

    record EnteredInErrorRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record AssignmentRequest(@NotBlank @Size(max = 100) String worker) {
    }

    record TreatmentSummaryRequest(@NotNull @Size(max = 30) List<@NotNull @Valid TreatmentRequest> treatments,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> symptomMedications,
            @Size(max = 20) List<@NotNull HolisticTherapy> holisticTherapies,
            @Size(max = 4000) String notes) {

        /** The summary as written; its dates are checked by the case ({@link TreatmentSummary#dateErrors}). */
        TreatmentSummary toSummary(String updatedBy) {
            return new TreatmentSummary(treatments.stream().map(TreatmentRequest::toTreatment).toList(),
                    symptomMedications == null ? List.of() : symptomMedications,
                    holisticTherapies == null ? List.of() : holisticTherapies, blankToNull(notes), updatedBy);
        }
    }

    record TreatmentRequest(@NotNull TreatmentKind kind, @NotNull TreatmentStatus status, LocalDate startedOn,
            LocalDate endedOn, @Size(max = 1000) String notes) {

        Treatment toTreatment() {
            return new Treatment(kind, status, startedOn, endedOn, blankToNull(notes));
        }
    }

    static String blankToNull(String value) {
        return Text.blankToNull(value);
    }
}
