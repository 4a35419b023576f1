package org.careloop.cases.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a case: {@code OPEN → ACTIVE → DECEASED → BEREAVEMENT → CLOSED}; care may also end by
 * discharge or transfer ({@code OPEN|ACTIVE → DISCHARGED|TRANSFERRED → CLOSED}); a patient may die while the case
 * is still open. Nothing leaves {@code CLOSED}.
 */
public enum CaseStatus {

    OPEN, ACTIVE, DECEASED, BEREAVEMENT, CLOSED, TRANSFERRED, DISCHARGED;

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
}
