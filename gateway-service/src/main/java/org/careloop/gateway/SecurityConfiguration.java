package org.careloop.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/**
 * The front door. Browsers log in with Keycloak (authorization code + PKCE) and hold only a session cookie; the
 * gateway keeps the tokens and relays them. API clients send their own Bearer JWT. CSRF protection for the
 * single-page app (cookie to header), problem details for 401/403 on the API, a redirect to the login for pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final ServerWebExchangeMatcher API = ServerWebExchangeMatchers.pathMatchers("/api/**");

    @Bean
    SecurityWebFilterChain frontDoor(ServerHttpSecurity http, GatewayProperties properties,
            LiveStreams liveStreams) {
        ServerAuthenticationEntryPoint apiEntryPoint = (exchange, e) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer realm=\"careloop\"");
            return Problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Authentication required", "Sign in, or send a valid access token."));
        };
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(API, apiEntryPoint));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/keycloak"));
        ServerAccessDeniedHandler denied = (exchange, e) -> Problems.write(exchange,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This request was refused."));

        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/webjars/**", "/fallback/**", "/error", "/assets/**", "/favicon.svg")
                        .permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(Customizer.withDefaults())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(apiEntryPoint).accessDeniedHandler(denied))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        // the SPA sends back the cookie's value as it is
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfProtection))
                .logout(logout -> logout.logoutUrl("/logout")
                        // first, while the session still has its id: then Spring's own handlers end the session
                        .logoutHandler(handlers -> handlers.addFirst(liveStreams))
                        .logoutSuccessHandler(endKeycloakSession(properties)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.mode(Mode.DENY)));
        return http.build();
    }

    /** Browser requests that change something need the CSRF token; API clients with a Bearer token do not. */
    private static Mono<ServerWebExchangeMatcher.MatchResult> needsCsrfProtection(
            org.springframework.web.server.ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        boolean safe = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE).contains(method);
        return safe || hasBearerToken(exchange) ? ServerWebExchangeMatcher.MatchResult.notMatch()
                : ServerWebExchangeMatcher.MatchResult.match();
    }

    /** Logout ends the gateway session (Spring Security) and then the Keycloak session (this redirect). */
    private static ServerLogoutSuccessHandler endKeycloakSession(GatewayProperties properties) {
        return (exchange, authentication) -> {
            URI request = exchange.getExchange().getRequest().getURI();
            String home = request.getScheme() + "://" + request.getAuthority() + "/";
            UriComponentsBuilder logout = UriComponentsBuilder.fromUriString(properties.keycloakLogoutUri())
                    .queryParam("post_logout_redirect_uri", home)
                    .queryParam("client_id", "careloop-gateway");
            if (authentication.getPrincipal() instanceof OidcUser user) {
                logout.queryParam("id_token_hint", user.getIdToken().getTokenValue());
            }
            exchange.getExchange().getResponse().setStatusCode(HttpStatus.FOUND);
            exchange.getExchange().getResponse().getHeaders()
                    .setLocation(logout.encode(StandardCharsets.UTF_8).build().toUri());
            return exchange.getExchange().getResponse().setComplete();
        };
    }

    /**
     * The cookie repository writes the CSRF cookie only once the token is asked for: ask on every browser request
     * (an API client with a Bearer token has no use for the cookie, and making one per request costs).
     */
    @Bean
    WebFilter csrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return token == null || hasBearerToken(exchange) ? chain.filter(exchange)
                    : token.then(chain.filter(exchange));
        };
    }

    private static boolean hasBearerToken(org.springframework.web.server.ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
