package org.careloop.support.audit;

import java.util.UUID;
import java.util.function.Function;

import org.careloop.support.security.CareLoopUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way health data is reached: the work runs in a transaction, says when the person has been let in (and to
 * which case), and exactly one audit record is written for the access — inside the transaction when it commits,
 * on its own after a rollback: ALLOWED if the person had been let in (a refused change of a record they may see),
 * DENIED if not.
 */
public class AuditedAccess {

    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    public AuditedAccess(AuditTrail audit, TransactionTemplate transactions) {
        this.audit = audit;
        this.transactions = transactions;
    }

    /** What the work tells about the access as it goes. */
    public static final class Access {

        private UUID caseId;
        private boolean granted;

        /** The record belongs to this case (known before the person is checked, for the DENIED record too). */
        public void about(UUID caseId) {
            this.caseId = caseId;
        }

        /** The person may see the record. */
        public void granted(UUID caseId) {
            this.caseId = caseId;
            this.granted = true;
        }
    }

    public <T> T run(CareLoopUser user, String action, UUID recordId, Function<Access, T> work) {
        Access access = new Access();
        try {
            return transactions.execute(status -> {
                T result = work.apply(access);
                audit.record(user, action, access.caseId, recordId, AuditOutcome.ALLOWED);
                return result;
            });
        } catch (RuntimeException refused) {
            audit.record(user, action, access.caseId, recordId,
                    access.granted ? AuditOutcome.ALLOWED : AuditOutcome.DENIED);
            throw refused;
        }
    }
}
