package org.careloop.gateway;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** Who is signed in, for the dashboard: username, name, roles, team, organization. */
@RestController
class MeController {

    private final ReactiveJwtDecoder jwts;

    MeController(ReactiveJwtDecoder jwts) {
        this.jwts = jwts;
    }

    record Me(String username, String name, String email, List<String> roles, String team, String org) {

        static Me of(Jwt token) {
            Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
            List<String> roles = realmAccess != null && realmAccess.get("roles") instanceof Collection<?> values
                    ? values.stream().map(String::valueOf).filter(MeController::isCareLoopRole).sorted().toList()
                    : List.of();
            return new Me(token.getClaimAsString("preferred_username"), token.getClaimAsString("name"),
                    token.getClaimAsString("email"), roles, token.getClaimAsString("team"),
                    token.getClaimAsString("org_id"));
        }
    }

    @GetMapping(path = "/api/me", headers = "Authorization")
    Mono<Me> meFromToken(ServerWebExchange exchange) {
        return exchange.getPrincipal().ofType(JwtAuthenticationToken.class).map(bearer -> Me.of(bearer.getToken()));
    }

    @GetMapping(path = "/api/me", headers = "!Authorization")
    Mono<Me> meFromSession(@AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client) {
        // the access token, not the ID token, carries the realm roles and the CareLoop claims
        return jwts.decode(client.getAccessToken().getTokenValue()).map(Me::of);
    }

    private static boolean isCareLoopRole(String role) {
        return List.of("social-worker", "supervisor", "hospice-staff", "admin").contains(role);
    }
}
