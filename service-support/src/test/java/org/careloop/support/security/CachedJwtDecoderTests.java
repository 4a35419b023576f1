package org.careloop.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class CachedJwtDecoderTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    /** Plays Spring's decoder: valid tokens expire at NOW + 5 min, "forged" is refused, every call counted. */
    private final List<String> decoded = new ArrayList<>();
    private final JwtDecoder keycloakDecoder = token -> {
        decoded.add(token);
        if (token.equals("forged")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("sam").issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(300)).build();
    };

    @Test
    void checksEachTokenOnceWhileItIsValid() {
        CachedJwtDecoder decoder = new CachedJwtDecoder(keycloakDecoder, Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt first = decoder.decode("token-of-sam");
        Jwt again = decoder.decode("token-of-sam");
        decoder.decode("token-of-sue");

        assertThat(again).isSameAs(first);
        assertThat(decoded).containsExactly("token-of-sam", "token-of-sue");
    }

    @Test
    void neverRemembersARefusedToken() {
        CachedJwtDecoder decoder = new CachedJwtDecoder(keycloakDecoder, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(decoded).containsExactly("forged", "forged");
    }

    @Test
    void decodesAnExpiredTokenAgainSoThatItFailsAsBefore() {
        MovingClock clock = new MovingClock(NOW);
        List<String> calls = new ArrayList<>();
        JwtDecoder expiring = token -> {
            calls.add(token);
            if (clock.instant().isAfter(NOW.plusSeconds(360))) {
                throw new JwtValidationException("expired", List.of(new OAuth2Error("invalid_token")));
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("sam").expiresAt(NOW.plusSeconds(300))
                    .build();
        };
        CachedJwtDecoder decoder = new CachedJwtDecoder(expiring, clock);
        decoder.decode("token-of-sam");

        clock.now = NOW.plusSeconds(359);
        decoder.decode("token-of-sam");
        assertThat(calls).as("within the 60 s clock skew it is still good").hasSize(1);

        clock.now = NOW.plusSeconds(361);
        assertThatThrownBy(() -> decoder.decode("token-of-sam")).isInstanceOf(JwtValidationException.class);
        assertThat(calls).hasSize(2);
    }

    private static final class MovingClock extends Clock {

        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
