package org.careloop.cases.audit;

/** Whether the person was let at the case. A refused change of a case they may see is still ALLOWED access. */
public enum AuditOutcome {
    ALLOWED, DENIED
}
