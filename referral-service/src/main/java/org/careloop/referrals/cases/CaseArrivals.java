package org.careloop.referrals.cases;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

/**
 * Requests waiting for a case's next event, per case: the consumer signals a case once the event's change has
 * committed, and every request waiting for that case looks again. No polling, no thread held but the waiting ones.
 */
@Component
class CaseArrivals {

    private final ConcurrentMap<UUID, Set<CompletableFuture<Void>>> waiting = new ConcurrentHashMap<>();

    /**
     * Waits until {@code ready} holds, looking again each time the case is signalled, at most {@code timeout}.
     * {@code ready} must read committed data outside any transaction of the caller.
     */
    boolean awaitUntil(UUID caseId, BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            CompletableFuture<Void> signal = new CompletableFuture<>();
            // registered before looking, so a change committed after the look still wakes this request
            waiting.compute(caseId, (id, set) -> {
                Set<CompletableFuture<Void>> waiters = set == null ? new HashSet<>() : set;
                waiters.add(signal);
                return waiters;
            });
            try {
                if (ready.getAsBoolean()) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                signal.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return ready.getAsBoolean();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                waiting.computeIfPresent(caseId, (id, set) -> {
                    set.remove(signal);
                    return set.isEmpty() ? null : set;
                });
            }
        }
    }

    /** A change of the case has committed: everyone waiting for it looks again. */
    void arrived(UUID caseId) {
        Set<CompletableFuture<Void>> waiters = waiting.remove(caseId);
        if (waiters != null) {
            waiters.forEach(signal -> signal.complete(null));
        }
    }

    boolean awaited(UUID caseId) {
        return waiting.containsKey(caseId);
    }
}
