package org.careloop.gateway;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Token buckets of one second's worth of requests, one per key (an address or a person), in a cache of bounded
 * size: a flood from ever new addresses evicts the least recently seen buckets instead of growing the heap. A bucket
 * left alone for a few seconds is full again anyway, so forgetting it loses nothing. Kept in memory, so with several
 * gateway instances each enforces its share (a shared store would make it exact).
 */
final class RateLimiter {

    private final int perSecond;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int perSecond, int maxKeys) {
        this.perSecond = perSecond;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(Duration.ofSeconds(10))
                .executor(Runnable::run) // evict on the caller's thread: the bound holds at every moment
                .build();
    }

    boolean tryTake(String key) {
        return buckets.get(key, k -> new Bucket(perSecond)).take();
    }

    long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** A token bucket of one second's worth of requests. */
    static final class Bucket {

        private final int perSecond;
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int perSecond) {
            this.perSecond = perSecond;
            this.tokens = perSecond;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilledAt) / (double) Duration.ofSeconds(1).toNanos()
                    * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
