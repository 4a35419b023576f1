package org.careloop.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.cases.casefile.CaseEvents.CaseAssigned;
import org.careloop.cases.casefile.CaseEvents.CaseOpened;
import org.careloop.cases.casefile.CaseEvents.CaseStatusChanged;
import org.careloop.cases.casefile.CaseEvents.DeathDateCorrected;
import org.careloop.cases.casefile.CaseEvents.DeathEnteredInError;
import org.careloop.cases.casefile.CaseEvents.PatientDied;
import org.careloop.cases.casefile.CaseEvents.TreatmentSummaryUpdated;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.security.CareLoopUser;

/**
 * A patient's case: the aggregate that guards its own lifecycle, its assignment and the rules on dates. Every
 * change records the event that tells the rest of CareLoop.
 */
public class Case {

    private final UUID id;
    private CaseStatus status;
    private String assignedWorker;
    /** The assigned worker's token subject: it alone decides access; the username is kept for display. */
    private String assignedWorkerSub;
    private final String team;
    private final Patient patient;
    private final Diagnosis diagnosis;
    private LocalDate dateOfDeath;
    private CaseStatus statusBeforeDeath;
    private TreatmentSummary treatmentSummary;
    private final Instant openedAt;
    private Instant updatedAt;
    private int version;

    private final List<Object> events = new ArrayList<>();
    /** The family's bereavement plans as this service was told of them (not stored on the case row). */
    private BereavementCoverage bereavement = BereavementCoverage.NONE;

    Case(UUID id, CaseStatus status, String assignedWorker, String assignedWorkerSub, String team, Patient patient,
            Diagnosis diagnosis,
            LocalDate dateOfDeath, CaseStatus statusBeforeDeath, TreatmentSummary treatmentSummary, Instant openedAt,
            Instant updatedAt, int version) {
        this.id = id;
        this.status = status;
        this.assignedWorker = assignedWorker;
        this.assignedWorkerSub = assignedWorkerSub;
        this.team = team;
        this.patient = patient;
        this.diagnosis = diagnosis;
        this.dateOfDeath = dateOfDeath;
        this.statusBeforeDeath = statusBeforeDeath;
        this.treatmentSummary = treatmentSummary;
        this.openedAt = openedAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Case open(Patient patient, Diagnosis diagnosis, String worker, String workerSub, String team, String actor,
            Instant now, LocalDate today) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (patient.dateOfBirth().isAfter(today)) {
            errors.add(new InvalidInputException.FieldError("patient.dateOfBirth", "must not be in the future"));
        }
        if (diagnosis.diagnosedOn() != null) {
            if (diagnosis.diagnosedOn().isAfter(today)) {
                errors.add(new InvalidInputException.FieldError("diagnosis.diagnosedOn", "must not be in the future"));
            } else if (diagnosis.diagnosedOn().isBefore(patient.dateOfBirth())) {
                errors.add(new InvalidInputException.FieldError("diagnosis.diagnosedOn",
                        "must not be before the patient's date of birth"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Case opened = new Case(UUID.randomUUID(), CaseStatus.OPEN, worker, workerSub, team, patient, diagnosis, null,
                null, null, now, now, 0);
        opened.events.add(new CaseOpened(UUID.randomUUID(), opened.id, worker, workerSub, team, actor, now));
        return opened;
    }

    /**
     * Who may see the case at all: whoever holds it, by the one rule of every service ({@link
     * CareLoopUser#holdsCase}): the social worker it is assigned to (by the token's subject, never the username,
     * which a later account may be given), and the supervisors of its team.
     */
    public boolean heldBy(CareLoopUser user) {
        return user.holdsCase(assignedWorkerSub, team);
    }

    /** Who may read the case's access log: the supervisors of its team and auditors (who see no health data). */
    public boolean accessLogVisibleTo(CareLoopUser user) {
        return user.isSupervisorOf(team) || user.hasRole(CareLoopUser.AUDITOR);
    }

    /**
     * Moves the case in its lifecycle. Closing a case after a death ({@code BEREAVEMENT → CLOSED}) needs the family
     * covered ({@link BereavementCoverage#complete}: an ended plan for every family member, none still open) or an
     * explicit "no bereavement support needed" with its reason ({@code noBereavementSupport}); an open plan always
     * holds the case back (409).
     */
    void changeStatus(CaseStatus target, String reason, LocalDate newDateOfDeath, String noBereavementSupport,
            String actor, Instant now, LocalDate today) {
        if (target.requires().contains(CaseStatus.DATE_OF_DEATH)) {
            checkDateOfDeath(newDateOfDeath, today);
        } else if (newDateOfDeath != null) {
            throw new InvalidInputException(CaseStatus.DATE_OF_DEATH, "is only recorded with the status DECEASED");
        }
        if (noBereavementSupport != null && !closesAfterADeath(target)) {
            throw new InvalidInputException(NO_BEREAVEMENT_SUPPORT, "is only recorded when a case is closed after "
                    + "the patient's death");
        }
        if (!status.canMoveTo(target)) {
            throw new ForbiddenTransitionException(status, target);
        }
        if (closesAfterADeath(target) && bereavement.planOpen()) {
            throw new ForbiddenTransitionException(status, "be closed while a family member's bereavement plan is "
                    + "still open");
        }
        if (closesAfterADeath(target) && !bereavement.complete() && noBereavementSupport == null) {
            throw new InvalidInputException(NO_BEREAVEMENT_SUPPORT, "is required: not every family member has an "
                    + "ended bereavement plan (" + bereavement.membersWithoutEndedPlan() + " without one, "
                    + bereavement.endedPlans() + " ended); say why no bereavement support is needed");
        }
        if (noBereavementSupport != null) {
            String noSupport = "No bereavement support needed: " + noBereavementSupport;
            reason = reason == null ? noSupport : reason + " — " + noSupport;
        }
        CaseStatus previous = status;
        status = target;
        touch(now);
        events.add(new CaseStatusChanged(UUID.randomUUID(), id, previous, target, reason, assignedWorker,
                assignedWorkerSub, team, actor, now));
        if (target == CaseStatus.DECEASED) {
            dateOfDeath = newDateOfDeath;
            statusBeforeDeath = previous;
            events.add(new PatientDied(UUID.randomUUID(), id, newDateOfDeath, assignedWorker, assignedWorkerSub, team,
                    actor, now));
        }
    }

    /**
     * The moves the lifecycle allows from the case's status, in its order, with what each must carry: the same rule
     * {@link #changeStatus} enforces. A move listed here may still be refused for what the case does not hold
     * itself: {@code BEREAVEMENT → CLOSED} while a family member's bereavement plan is open (409), and a date of
     * death the rules refuse (400).
     */
    public List<AllowedTransition> allowedTransitions() {
        return status.next().stream().map(target -> new AllowedTransition(target,
                closesAfterADeath(target) && !bereavement.complete() ? List.of(NO_BEREAVEMENT_SUPPORT)
                        : target.requires())).toList();
    }

    /** The field of a status change that says no bereavement support is needed, with its reason. */
    static final String NO_BEREAVEMENT_SUPPORT = "noBereavementSupport";

    private boolean closesAfterADeath(CaseStatus target) {
        return target == CaseStatus.CLOSED && status == CaseStatus.BEREAVEMENT;
    }

    /**
     * A family member's bereavement plan started after the case was closed: the case goes back to BEREAVEMENT, so
     * the plan is seen in the worker's caseload and the case closes again only under the closing rule.
     */
    void reopenForALatePlan(Instant now) {
        if (status != CaseStatus.CLOSED || dateOfDeath == null) {
            return;
        }
        status = CaseStatus.BEREAVEMENT;
        touch(now);
        events.add(new CaseStatusChanged(UUID.randomUUID(), id, CaseStatus.CLOSED, status,
                "a family member's bereavement plan started after the case was closed", assignedWorker,
                assignedWorkerSub, team, "notification-service", now));
    }

    /** What this service was told of the family's bereavement plans (set when the case is read). */
    void bereavementKnown(BereavementCoverage coverage) {
        bereavement = coverage;
    }

    BereavementCoverage bereavement() {
        return bereavement;
    }

    /**
     * The one rule for every write to the case and to what is recorded under it (family, assessments, wishes,
     * notes, treatment summary, date of death): a CLOSED case is kept as it was closed. Every Management's change
     * path through the case file calls it before it writes; a refusal is a 409 problem {@code case-closed}. The
     * lifecycle's own moves keep their answer ({@code forbidden-transition}: nothing leaves CLOSED).
     */
    public void ensureOpenForChanges() {
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(id);
        }
    }

    /** The date of death was recorded wrongly; what counts from it (the bereavement schedule) moves with it. */
    void correctDateOfDeath(LocalDate corrected, String reason, String actor, Instant now, LocalDate today) {
        ensureOpenForChanges();
        if (dateOfDeath == null) {
            throw new ForbiddenTransitionException(status, "have its date of death corrected: no death is recorded");
        }
        checkDateOfDeath(corrected, today);
        if (corrected.equals(dateOfDeath)) {
            return;
        }
        LocalDate previous = dateOfDeath;
        dateOfDeath = corrected;
        touch(now);
        events.add(new DeathDateCorrected(UUID.randomUUID(), id, previous, corrected, reason, assignedWorker, team,
                actor, now));
    }

    /** The death was recorded by mistake: the case goes back to where it was, and the death's consequences end. */
    void deathEnteredInError(String reason, String actor, Instant now) {
        if (dateOfDeath == null || (status != CaseStatus.DECEASED && status != CaseStatus.BEREAVEMENT)) {
            throw new ForbiddenTransitionException(status, "have a death entered in error: no death is recorded");
        }
        CaseStatus previous = status;
        status = statusBeforeDeath == null ? CaseStatus.ACTIVE : statusBeforeDeath;
        dateOfDeath = null;
        statusBeforeDeath = null;
        touch(now);
        events.add(new CaseStatusChanged(UUID.randomUUID(), id, previous, status, reason, assignedWorker,
                assignedWorkerSub, team, actor, now));
        events.add(new DeathEnteredInError(UUID.randomUUID(), id, status, reason, assignedWorker, team, actor, now));
    }

    private void checkDateOfDeath(LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InvalidInputException("dateOfDeath", "is required when the patient has died");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("dateOfDeath", "must not be in the future");
        }
        if (date.isBefore(patient.dateOfBirth())) {
            throw new InvalidInputException("dateOfDeath", "must not be before the patient's date of birth");
        }
    }

    void assignTo(String worker, String workerSub, String actor, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw new ForbiddenTransitionException(status, "be reassigned");
        }
        if (workerSub.equals(assignedWorkerSub)) {
            return;
        }
        String previous = assignedWorker;
        assignedWorker = worker;
        assignedWorkerSub = workerSub;
        touch(now);
        events.add(new CaseAssigned(UUID.randomUUID(), id, previous, worker, workerSub, team, actor, now));
    }

    /** Replaces the treatment summary, once its dates keep the rules ({@link TreatmentSummary#dateErrors}). */
    void updateTreatmentSummary(TreatmentSummary summary, String actor, Instant now, LocalDate today) {
        ensureOpenForChanges();
        List<InvalidInputException.FieldError> errors = summary.dateErrors(today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        treatmentSummary = summary;
        touch(now);
        events.add(new TreatmentSummaryUpdated(UUID.randomUUID(), id, actor, now));
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public UUID id() {
        return id;
    }

    public CaseStatus status() {
        return status;
    }

    public String assignedWorker() {
        return assignedWorker;
    }

    String assignedWorkerSub() {
        return assignedWorkerSub;
    }

    public String team() {
        return team;
    }

    public Patient patient() {
        return patient;
    }

    public Diagnosis diagnosis() {
        return diagnosis;
    }

    public LocalDate dateOfDeath() {
        return dateOfDeath;
    }

    CaseStatus statusBeforeDeath() {
        return statusBeforeDeath;
    }

    public TreatmentSummary treatmentSummary() {
        return treatmentSummary;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    void versionSaved(int saved) {
        version = saved;
    }
}
