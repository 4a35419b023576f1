package org.careloop.servers;

import java.time.Duration;
import java.util.Optional;

/**
 * Waits for a server to be ready, or for anything else another process does: asks again and again until the answer
 * is there or the deadline has passed. What the question throws ends the wait at once (a server that exited will
 * not become ready).
 */
public final class Polling {

    /** A question whose answer may change; it may throw, which ends the wait. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** A look for something that may not be there yet (empty); it may throw, which ends the wait. */
    @FunctionalInterface
    public interface Probe<T> {
        Optional<T> find() throws Exception;
    }

    private Polling() {
    }

    /**
     * Returns once the condition holds; {@code what} names it in the exception when it still does not after
     * {@code atMost}.
     */
    public static void until(String what, Duration atMost, Duration every, Condition condition) {
        untilPresent(what, atMost, every, () -> condition.holds() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** Returns what the probe found, once it found something; as {@link #until} when it never does in time. */
    public static <T> T untilPresent(String what, Duration atMost, Duration every, Probe<T> probe) {
        long deadline = System.nanoTime() + atMost.toNanos();
        try {
            while (true) {
                Optional<T> found = probe.find();
                if (found.isPresent()) {
                    return found.get();
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new IllegalStateException(what + ": not within " + atMost.toMillis() + " ms");
                }
                Thread.sleep(every);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not wait for " + what, e);
        }
    }
}
