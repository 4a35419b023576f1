package org.careloop.support.audit;

/** Whether the person was let at the record. A refused change of a record they may see is still ALLOWED access. */
public enum AuditOutcome {
    ALLOWED, DENIED
}
