package org.careloop.cases.casefile;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle of a case: {@code OPEN → ACTIVE → DECEASED → BEREAVEMENT → CLOSED}; care may also end by
 * discharge or transfer ({@code OPEN|ACTIVE → DISCHARGED|TRANSFERRED → CLOSED}); a patient may die while the case
 * is still open. Nothing leaves {@code CLOSED}.
 */
public enum CaseStatus {

    OPEN, ACTIVE, DECEASED, BEREAVEMENT, CLOSED, TRANSFERRED, DISCHARGED;

    /** The field of a status change that carries the date of death. */
    static final String DATE_OF_DEATH = "dateOfDeath";

    /** The statuses a case may move to from this one, in the lifecycle's order (this enum's). */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACTIVE, DECEASED, DISCHARGED, TRANSFERRED);
            case ACTIVE -> EnumSet.of(DECEASED, DISCHARGED, TRANSFERRED);
            case DECEASED -> EnumSet.of(BEREAVEMENT);
            case BEREAVEMENT, DISCHARGED, TRANSFERRED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /**
     * The fields a move to this status must carry beside the status, as the status change names them: the date of
     * death for {@code DECEASED}, nothing for the others (which refuse one). A reason is welcome on every move and
     * needed by none.
     */
    public List<String> requires() {
        return this == DECEASED ? List.of(DATE_OF_DEATH) : List.of();
    }
}
