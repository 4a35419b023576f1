package org.careloop.cases.casefile;

/**
 * What case-service knows of the family's bereavement plans, as notification-service reported them: how many plans
 * have ended (completed or declined), how many recorded family members have no ended plan, and whether a plan is
 * still running. A case closes after a death only once the family is covered (or with an explicit "no bereavement
 * support needed" and its reason).
 */
public record BereavementCoverage(int endedPlans, int membersWithoutEndedPlan, boolean planOpen) {

    /** Nothing known: no family member's plan has started or ended. */
    static final BereavementCoverage NONE = new BereavementCoverage(0, 0, false);

    /** Every recorded family member's plan has ended, at least one plan ran, and none runs still. */
    public boolean complete() {
        return !planOpen && endedPlans > 0 && membersWithoutEndedPlan == 0;
    }
}
