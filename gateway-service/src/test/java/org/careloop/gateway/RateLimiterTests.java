package org.careloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Item 7: the limiter's memory is bounded however many addresses send, and each address has its own bucket. */
class RateLimiterTests {

    @Test
    void aFloodFromEverNewAddressesKeepsTheLimiterWithinItsBound() {
        RateLimiter limiter = new RateLimiter(50, 1_000);

        for (int i = 0; i < 200_000; i++) {
            limiter.tryTake("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }

        assertThat(limiter.tracked()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void anAddressGetsOneSecondsWorthAndNoMoreWhileOthersAreUnaffected() {
        RateLimiter limiter = new RateLimiter(5, 100);

        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            allowed += limiter.tryTake("203.0.113.9") ? 1 : 0;
        }

        assertThat(allowed).isBetween(5, 6);
        assertThat(limiter.tryTake("203.0.113.10")).isTrue();
    }
}
