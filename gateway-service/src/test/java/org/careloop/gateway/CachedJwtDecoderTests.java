package org.careloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

class CachedJwtDecoderTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final List<String> decoded = new ArrayList<>();
    /** Plays Spring's decoder: valid tokens expire at NOW + 5 min, "forged" is refused, every call counted. */
    private final ReactiveJwtDecoder keycloakDecoder = token -> Mono.fromSupplier(() -> {
        decoded.add(token);
        if (token.equals("forged")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("sam").expiresAt(NOW.plusSeconds(300))
                .build();
    });

    @Test
    void checksEachTokenOnceWhileItIsValidAndNeverRemembersARefusedOne() {
        CachedJwtDecoder decoder = new CachedJwtDecoder(keycloakDecoder, Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt first = decoder.decode("token-of-sam").block();
        assertThat(decoder.decode("token-of-sam").block()).isSameAs(first);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(decoded).containsExactly("token-of-sam", "forged", "forged");
    }

    @Test
    void decodesATokenAgainOnceItHasExpired() {
        Instant[] now = { NOW };
        CachedJwtDecoder decoder = new CachedJwtDecoder(keycloakDecoder, () -> now[0]);
        decoder.decode("token-of-sam").block();
        now[0] = NOW.plusSeconds(359);
        decoder.decode("token-of-sam").block();
        assertThat(decoded).as("within the 60 s clock skew it is still good").hasSize(1);

        now[0] = NOW.plusSeconds(361);
        decoder.decode("token-of-sam").block();
        decoder.decode("token-of-sam").block();
        assertThat(decoded).as("past expiry + 60 s skew, every use goes to the real decoder").hasSize(3);
    }
}
