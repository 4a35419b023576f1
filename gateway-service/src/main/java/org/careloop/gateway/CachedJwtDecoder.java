package org.careloop.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Remembers the bearer JWTs already decoded and validated, by their exact text (signature included), until they
 * expire: an API client sends the same token with every request, and checking its RSA signature each time was the
 * largest single cost of a request through the gateway (benchmarks P1). A token that was never valid is never
 * remembered; an expired one is decoded again, so it fails exactly as it would have. (The services do the same with
 * service-support's servlet twin of this class.)
 */
final class CachedJwtDecoder implements ReactiveJwtDecoder {

    /** Spring Security's own default allowance for clocks that differ (JwtTimestampValidator). */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final ReactiveJwtDecoder decoder;
    private final InstantSource clock;
    private final Cache<String, Jwt> decoded = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    CachedJwtDecoder(ReactiveJwtDecoder decoder, InstantSource clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = decoded.getIfPresent(token);
        if (known != null && (known.getExpiresAt() == null
                || clock.instant().isBefore(known.getExpiresAt().plus(CLOCK_SKEW)))) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> decoded.put(token, jwt));
    }

    @Configuration(proxyBeanMethods = false)
    static class Wrapping {

        /** Wraps the decoder Spring Boot configures (issuer, audience, keys). */
        @Bean
        static BeanPostProcessor cachedReactiveJwtDecoder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof CachedJwtDecoder)
                            ? new CachedJwtDecoder(decoder, Clock.systemUTC()) : bean;
                }
            };
        }
    }
}
