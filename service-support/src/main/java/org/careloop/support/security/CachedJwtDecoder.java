package org.careloop.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the JWTs already decoded and validated, by their exact text (signature included), until they expire:
 * a person sends the same token with every request for its five minutes, and checking its RSA signature each time
 * was the largest single cost of a request (benchmarks P1). A token that was never valid is never remembered; an
 * expired one is decoded again, so it fails exactly as it would have.
 */
public final class CachedJwtDecoder implements JwtDecoder {

    /** Spring Security's own default allowance for clocks that differ (JwtTimestampValidator). */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final JwtDecoder decoder;
    private final InstantSource clock;
    private final Cache<String, Jwt> decoded = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    public CachedJwtDecoder(JwtDecoder decoder, InstantSource clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = decoded.getIfPresent(token);
        if (known != null && stillValid(known, clock)) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        decoded.put(token, jwt);
        return jwt;
    }

    static boolean stillValid(Jwt jwt, InstantSource clock) {
        return jwt.getExpiresAt() == null || clock.instant().isBefore(jwt.getExpiresAt().plus(CLOCK_SKEW));
    }

    /** Wraps the decoder Spring Boot configures (issuer, audience, keys), whatever it is. */
    public static BeanPostProcessor wrapping() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof CachedJwtDecoder)
                        ? new CachedJwtDecoder(decoder, Clock.systemUTC()) : bean;
            }
        };
    }
}
