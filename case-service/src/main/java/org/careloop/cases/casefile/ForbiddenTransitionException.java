package org.careloop.cases.casefile;

/** The lifecycle does not allow this change from the case's current status. */
public class ForbiddenTransitionException extends RuntimeException {

    private final CaseStatus from;

    public ForbiddenTransitionException(CaseStatus from, CaseStatus to) {
        super("A case that is " + from + " cannot become " + to + "; from " + from + " it can become "
                + (from.next().isEmpty() ? "nothing else" : from.next()));
        this.from = from;
    }

    public ForbiddenTransitionException(CaseStatus from, String what) {
        super("A case that is " + from + " cannot " + what);
        this.from = from;
    }

    public CaseStatus from() {
        return from;
    }
}
