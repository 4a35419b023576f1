package org.careloop.support.access;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.careloop.support.security.CareLoopUser;

/** A {@link Guarded} kind of record made of its parts, for kinds that need no class of their own. */
record GuardedKind<R>(Guarded.Finder<R> finder, Function<R, UUID> caseOfRecord,
        BiPredicate<R, CareLoopUser> mayReachRecord, Function<UUID, ? extends RuntimeException> notFoundFor,
        boolean underACase) implements Guarded<R> {

    @Override
    public Optional<R> find(UUID id, boolean forUpdate) {
        return finder.find(id, forUpdate);
    }

    @Override
    public UUID caseOf(R record) {
        return caseOfRecord.apply(record);
    }

    @Override
    public boolean mayReach(R record, CareLoopUser user) {
        return mayReachRecord.test(record, user);
    }

    @Override
    public RuntimeException notFound(UUID id) {
        return notFoundFor.apply(id);
    }

    @Override
    public boolean isUnderACase() {
        return underACase;
    }
}
