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
        Instant[] now = { NOW };
        List<String> calls = new ArrayList<>();
        JwtDecoder expiring = token -> {
            calls.add(token);
            if (now[0].isAfter(NOW.plusSeconds(360))) {
                throw new JwtValidationException("expired", List.of(new OAuth2Error("invalid_token")));
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("sam").expiresAt(NOW.plusSeconds(300))
                    .build();
        };
        CachedJwtDecoder decoder = new CachedJwtDecoder(expiring, () -> now[0]);
        decoder.decode("token-of-sam");

        now[0] = NOW.plusSeconds(359);
        decoder.decode("token-of-sam");
        assertThat(calls).as("within the 60 s clock skew it is still good").hasSize(1);

        now[0] = NOW.plusSeconds(361);
        assertThatThrownBy(() -> decoder.decode("token-of-sam")).isInstanceOf(JwtValidationException.class);
        assertThat(calls).hasSize(2);
    }
}
