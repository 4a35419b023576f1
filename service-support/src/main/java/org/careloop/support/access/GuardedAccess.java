package org.careloop.support.access;

import java.util.UUID;
import java.util.function.Function;

import org.careloop.support.audit.AuditOutcome;
import org.careloop.support.audit.AuditTrail;
import org.careloop.support.security.CareLoopUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way health data is reached, in every service: "may this person reach this record?", then the work in a
 * transaction and exactly one audit record for the access. The record is written inside the transaction when the
 * work commits, and on its own after a rollback: ALLOWED if the person had been let in (a refused change of a record
 * they may reach), DENIED if not, in which case they get the record's 404.
 * <p>
 * Every {@code <Noun>Management} reaches single records through here; lists are scoped queries and audited with
 * {@link AuditTrail#recordList}.
 */
public class GuardedAccess {

    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    public GuardedAccess(AuditTrail audit, TransactionTemplate transactions) {
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Reads the record; {@code work} must not change it. */
    public <R, T> T read(Guarded<R> kind, UUID id, CareLoopUser user, String action, Function<R, T> work) {
        return run(kind, id, user, action, false, work, result -> null);
    }

    /** Changes the record, holding its row lock until the transaction ends. */
    public <R, T> T change(Guarded<R> kind, UUID id, CareLoopUser user, String action, Function<R, T> work) {
        return run(kind, id, user, action, true, work, result -> null);
    }

    /**
     * Adds a record under the guarded one (a referral under the case, a family member under the case), holding the
     * guarded record's row lock; the audit record names the new record, {@code createdId} of the result.
     */
    public <R, T> T add(Guarded<R> kind, UUID id, CareLoopUser user, String action, Function<R, T> work,
            Function<T, UUID> createdId) {
        return run(kind, id, user, action, true, work, createdId);
    }

    private <R, T> T run(Guarded<R> kind, UUID id, CareLoopUser user, String action, boolean forUpdate,
            Function<R, T> work, Function<T, UUID> createdId) {
        UUID recordId = kind.isUnderACase() ? id : null;
        Reached reached = new Reached();
        // a case (or a copy of one) is named by the id asked for, so a denial names it even when it is unknown
        reached.caseId = kind.isUnderACase() ? null : id;
        try {
            return transactions.execute(status -> {
                R record = kind.find(id, forUpdate).orElseThrow(() -> kind.notFound(id));
                reached.caseId = kind.caseOf(record);
                if (!kind.mayReach(record, user)) {
                    throw kind.notFound(id);
                }
                reached.granted = true;
                T result = work.apply(record);
                UUID created = createdId.apply(result);
                audit.record(user, action, reached.caseId, created != null ? created : recordId,
                        AuditOutcome.ALLOWED);
                return result;
            });
        } catch (RuntimeException refused) {
            audit.record(user, action, reached.caseId, recordId,
                    reached.granted ? AuditOutcome.ALLOWED : AuditOutcome.DENIED);
            throw refused;
        }
    }

    /** How far the access got before the work ended, for the audit record of a rollback. */
    private static final class Reached {
        private UUID caseId;
        private boolean granted;
    }
}
