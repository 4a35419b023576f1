package org.careloop.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Signs access tokens shaped like Keycloak's (realm roles, {@code team}, {@code org_id}, audience
 * {@code careloop-api}) and serves its public key as a JWKS over HTTP, so a service validates them exactly as
 * it validates Keycloak's: signature from the JWKS endpoint, issuer, expiry, audience. It also makes the broken
 * tokens an attacker would try. Whole-stack tests use the real Keycloak instead.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "careloop-api";

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final HttpServer server;

    private TestIssuer(RSAKey key, RSAKey strangerKey, HttpServer server) {
        this.key = key;
        this.strangerKey = strangerKey;
        this.server = server;
    }

    /** An issuer of its own, for tests that need foreign tokens without the rest of the shared infrastructure. */
    public static TestIssuer startStandalone() {
        return start();
    }

    static TestIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/realms/careloop/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return new TestIssuer(key, stranger, server);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("Could not start the test token issuer", e);
        }
    }

    public String issuerUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/careloop";
    }

    public String jwkSetUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** A valid five-minute access token for the user. */
    public String token(TestUser user) {
        return sign(claims(user).build(), key);
    }

    /** A valid token that lasts longer than Keycloak's five minutes: for trying a service by hand. */
    public String token(TestUser user, Duration validFor) {
        Instant now = Instant.now();
        return sign(claims(user).expirationTime(Date.from(now.plus(validFor))).build(), key);
    }

    public String expiredToken(TestUser user) {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return sign(claims(user).issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build(),
                key);
    }

    public String tokenFromIssuer(TestUser user, String issuer) {
        return sign(claims(user).issuer(issuer).build(), key);
    }

    public String tokenForAudience(TestUser user, String audience) {
        return sign(claims(user).audience(audience).build(), key);
    }

    public String tokenWith(TestUser user, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = claims(user);
        change.accept(claims);
        return sign(claims.build(), key);
    }

    /** Signed by a key the service does not know, under the same key id. */
    public String tokenSignedByStranger(TestUser user) {
        return sign(claims(user).build(), strangerKey);
    }

    /** A valid token whose payload was changed after signing (here: roles raised to supervisor). */
    public String tamperedToken(TestUser user) {
        String[] parts = token(user).split("\\.");
        try {
            JWTClaimsSet raised = new JWTClaimsSet.Builder(JWTClaimsSet.parse(decode(parts[1])))
                    .claim("realm_access", Map.of("roles", List.of("supervisor")))
                    .build();
            return parts[0] + "." + encode(raised.toString()) + "." + parts[2];
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code "alg":"none"}: no signature at all. */
    public String unsignedToken(TestUser user) {
        String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + encode(claims(user).build().toString()) + ".";
    }

    /** HS256 keyed with the public RSA key: the classic algorithm confusion attack. */
    public String hmacWithPublicKeyToken(TestUser user) {
        try {
            byte[] secret = key.toPublicJWK().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                    claims(user).build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder claims(TestUser user) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuerUri())
                .subject(user.subject())
                .audience(List.of(AUDIENCE, "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", "careloop-cli")
                .claim("preferred_username", user.username())
                .claim("email", user.username() + "@careloop.example")
                .claim("realm_access", Map.of("roles", user.roles()));
        if (user.team() != null) {
            claims.claim("team", user.team());
        }
        if (user.orgId() != null) {
            claims.claim("org_id", user.orgId());
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    void stop() {
        server.stop(0);
    }
}
