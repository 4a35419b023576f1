package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PollingTests {

    private static final Duration AT_ONCE = Duration.ofMillis(1);

    @Test
    void returnsAsSoonAsTheConditionHolds() {
        AtomicInteger asked = new AtomicInteger();

        Polling.until("the third answer", Duration.ofSeconds(10), AT_ONCE, () -> asked.incrementAndGet() == 3);

        assertThat(asked).hasValue(3);
    }

    @Test
    void returnsWhatTheProbeFound() {
        AtomicInteger asked = new AtomicInteger();

        String found = Polling.untilPresent("a value", Duration.ofSeconds(10), AT_ONCE,
                () -> asked.incrementAndGet() < 2 ? Optional.empty() : Optional.of("found"));

        assertThat(found).isEqualTo("found");
    }

    @Test
    void failsNamingWhatItWaitedForOnceTheDeadlineHasPassed() {
        assertThatThrownBy(() -> Polling.until("a server that never answers", Duration.ofMillis(20), AT_ONCE,
                () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a server that never answers");
    }

    @Test
    void aConditionThatThrowsEndsTheWaitAtOnce() {
        AtomicInteger asked = new AtomicInteger();
        IllegalStateException exited = new IllegalStateException("the server exited");

        assertThatThrownBy(() -> Polling.until("a server", Duration.ofSeconds(10), AT_ONCE, () -> {
            asked.incrementAndGet();
            throw exited;
        })).isSameAs(exited);
        assertThat(asked).hasValue(1);
    }

    @Test
    void aCheckedExceptionOfTheConditionIsKeptAsTheCause() {
        IOException refused = new IOException("refused");

        assertThatThrownBy(() -> Polling.until("a server", Duration.ofSeconds(10), AT_ONCE, () -> {
            throw refused;
        })).isInstanceOf(IllegalStateException.class).hasCause(refused);
    }
}
