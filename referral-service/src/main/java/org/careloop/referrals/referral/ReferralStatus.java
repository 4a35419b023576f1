package org.careloop.referrals.referral;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.careloop.support.web.Coded;

/**
 * The statuses of a referral, as the FHIR SDOH Clinical Care referral Task has them. The requester sets draft,
 * requested, cancelled and entered-in-error; the receiving organization sets the rest. A reason is required for
 * rejected, cancelled, on-hold and failed, an outcome for completed; rejected and failed may carry one.
 */
public enum ReferralStatus implements Coded {

    DRAFT, REQUESTED, ACCEPTED, REJECTED, CANCELLED, IN_PROGRESS, ON_HOLD, FAILED, COMPLETED, ENTERED_IN_ERROR;

    /** Which side of the referral may move it to this status. */
    public Side setBy() {
        return switch (this) {
            case DRAFT, REQUESTED, CANCELLED, ENTERED_IN_ERROR -> Side.REQUESTER;
            default -> Side.RECEIVER;
        };
    }

    /** What a move to this status needs besides the status. */
    public List<Requirement> requires() {
        return switch (this) {
            case REJECTED, CANCELLED, ON_HOLD, FAILED -> List.of(Requirement.REASON);
            case COMPLETED -> List.of(Requirement.OUTCOME);
            default -> List.of();
        };
    }

    /**
     * The outcome codes a move to this status takes: all for completed (one is required, {@link #requires()}), all
     * but got-help for rejected and failed (optional: why it did not happen), none for the others.
     */
    public List<Outcome> outcomes() {
        return switch (this) {
            case COMPLETED -> List.of(Outcome.values());
            case REJECTED, FAILED -> Arrays.stream(Outcome.values()).filter(o -> o != Outcome.GOT_HELP).toList();
            default -> List.of();
        };
    }

    public Set<ReferralStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(REQUESTED, CANCELLED, ENTERED_IN_ERROR);
            case REQUESTED -> EnumSet.of(ACCEPTED, REJECTED, CANCELLED, ENTERED_IN_ERROR);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, ON_HOLD, COMPLETED, FAILED, CANCELLED, ENTERED_IN_ERROR);
            case IN_PROGRESS -> EnumSet.of(ON_HOLD, COMPLETED, FAILED, CANCELLED, ENTERED_IN_ERROR);
            case ON_HOLD -> EnumSet.of(IN_PROGRESS, COMPLETED, FAILED, CANCELLED, ENTERED_IN_ERROR);
            // a closed referral can still be marked as a mistake, and nothing else
            case REJECTED, CANCELLED, FAILED, COMPLETED -> EnumSet.of(ENTERED_IN_ERROR);
            case ENTERED_IN_ERROR -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }

    @Override
    public String toString() {
        return code();
    }
}
