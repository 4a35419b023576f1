package org.careloop.support.access;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.careloop.support.security.CareLoopUser;

/**
 * One kind of record that health data is reached through (a case, a referral, a bereavement plan, a service's copy
 * of a case): how to find it, which case it belongs to, and who may reach it. A service writes one per kind;
 * {@link GuardedAccess} does the rest the same way everywhere.
 */
public interface Guarded<R> {

    /** The record, locked until the transaction ends when {@code forUpdate}, so changes apply one at a time. */
    Optional<R> find(UUID id, boolean forUpdate);

    /** The case the record belongs to, named in the audit record. */
    UUID caseOf(R record);

    /** Whether the person may reach the record; a record they may not reach does not exist for them. */
    boolean mayReach(R record, CareLoopUser user);

    /** What a person who may not reach the record (or asks for one that does not exist) is told: a 404. */
    RuntimeException notFound(UUID id);

    /**
     * Whether the audit record names the record's own id beside its case: true for records under a case, false
     * for the case itself (and for a service's copy of it), whose id is the case id.
     */
    default boolean isUnderACase() {
        return true;
    }

    /** How a kind of record is found by its id, locked until the transaction ends when {@code forUpdate}. */
    @FunctionalInterface
    interface Finder<R> {
        Optional<R> find(UUID id, boolean forUpdate);
    }

    /** A case, or this service's copy of one, written from its parts: the audit record names it as the case. */
    static <R> Guarded<R> aCase(Finder<R> finder, Function<R, UUID> idOf, BiPredicate<R, CareLoopUser> mayReach,
            Function<UUID, ? extends RuntimeException> notFound) {
        return new GuardedKind<>(finder, idOf, mayReach, notFound, false);
    }

    /** A record under a case, written from its parts: the audit record names it beside its case. */
    static <R> Guarded<R> underACase(Finder<R> finder, Function<R, UUID> caseOf,
            BiPredicate<R, CareLoopUser> mayReach, Function<UUID, ? extends RuntimeException> notFound) {
        return new GuardedKind<>(finder, caseOf, mayReach, notFound, true);
    }
}
