package org.careloop.cases.timeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.cases.assessments.AssessmentRecorded;
import org.careloop.cases.casefile.CaseEvents.BereavementPlanChanged;
import org.careloop.cases.casefile.CaseEvents.CaseAssigned;
import org.careloop.cases.casefile.CaseEvents.DeathDateCorrected;
import org.careloop.cases.casefile.CaseEvents.DeathEnteredInError;
import org.careloop.cases.casefile.CaseEvents.CaseOpened;
import org.careloop.cases.casefile.CaseEvents.CaseStatusChanged;
import org.careloop.cases.casefile.CaseEvents.PatientDied;
import org.careloop.cases.casefile.CaseEvents.TreatmentSummaryUpdated;
import org.careloop.cases.family.FamilyMemberAdded;
import org.careloop.cases.wishes.WishesUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the timeline from the case's events, in the transaction of the change itself: a change and its line on
 * the timeline commit together or not at all.
 */
@Component
class TimelineRecorder {

    private final Timeline timeline;

    TimelineRecorder(Timeline timeline) {
        this.timeline = timeline;
    }

    @EventListener
    void on(CaseOpened event) {
        append(event.caseId(), event.occurredAt(), "CASE_OPENED", event.actor(), null,
                detail("assignedWorker", event.assignedWorker()));
    }

    @EventListener
    void on(CaseStatusChanged event) {
        append(event.caseId(), event.occurredAt(), "STATUS_CHANGED", event.actor(), event.reason(),
                detail("from", event.previousStatus().name(), "to", event.status().name()));
    }

    @EventListener
    void on(PatientDied event) {
        append(event.caseId(), event.occurredAt(), "PATIENT_DIED", event.actor(), null,
                detail("dateOfDeath", event.dateOfDeath().toString()));
    }

    @EventListener
    void on(DeathDateCorrected event) {
        append(event.caseId(), event.occurredAt(), "DATE_OF_DEATH_CORRECTED", event.actor(), event.reason(),
                detail("from", event.previousDateOfDeath().toString(), "to", event.dateOfDeath().toString()));
    }

    @EventListener
    void on(DeathEnteredInError event) {
        append(event.caseId(), event.occurredAt(), "DEATH_ENTERED_IN_ERROR", event.actor(), event.reason(),
                detail("restoredStatus", event.restoredStatus().name()));
    }

    @EventListener
    void on(BereavementPlanChanged event) {
        append(event.caseId(), event.occurredAt(), event.status().equals("active") ? "BEREAVEMENT_PLAN_ACTIVATED"
                : "BEREAVEMENT_PLAN_ENDED", "notification-service", null,
                detail("planId", event.planId().toString(), "status", event.status()));
    }

    @EventListener
    void on(CaseAssigned event) {
        append(event.caseId(), event.occurredAt(), "CASE_ASSIGNED", event.actor(), null,
                detail("from", event.previousWorker(), "to", event.assignedWorker()));
    }

    @EventListener
    void on(TreatmentSummaryUpdated event) {
        append(event.caseId(), event.occurredAt(), "TREATMENT_SUMMARY_UPDATED", event.actor(), null, Map.of());
    }

    @EventListener
    void on(FamilyMemberAdded event) {
        append(event.caseId(), event.occurredAt(), "FAMILY_MEMBER_ADDED", event.actor(), null,
                detail("familyMemberId", event.familyMemberId().toString(), "relationship", event.relationship(),
                        "bereavementRisk", event.bereavementRisk().name()));
    }

    @EventListener
    void on(AssessmentRecorded event) {
        append(event.caseId(), event.occurredAt(), "ASSESSMENT_RECORDED", event.actor(), null,
                detail("assessmentId", event.assessmentId().toString()));
    }

    @EventListener
    void on(WishesUpdated event) {
        append(event.caseId(), event.occurredAt(), "WISHES_UPDATED", event.actor(), null, Map.of());
    }

    private void append(UUID caseId, Instant at, String kind, String actor, String text, Map<String, Object> detail) {
        timeline.append(new TimelineEntry(UUID.randomUUID(), caseId, at, kind, actor, text, detail));
    }

    private static Map<String, Object> detail(String... keysAndValues) {
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            detail.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return detail;
    }
}
