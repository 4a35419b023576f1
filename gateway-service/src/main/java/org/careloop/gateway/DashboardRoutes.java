package org.careloop.gateway;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.server.WebFilter;

/**
 * The dashboard is a single-page app (static files from the {@code dashboard} module): its own addresses, such as a
 * notification's link {@code /referrals/{id}}, answer with its {@code index.html} so that a bookmark or a reload
 * works. Ordered after Spring Security, so the login saves and returns to the address the person asked for.
 */
@Configuration(proxyBeanMethods = false)
class DashboardRoutes {

    static final List<String> ROUTES = List.of("/cases", "/referrals", "/team", "/directory", "/admin");

    @Bean
    @Order(0)
    WebFilter dashboardPages() {
        return (exchange, chain) -> {
            var request = exchange.getRequest();
            if (HttpMethod.GET.equals(request.getMethod()) && isDashboardRoute(request.getPath().value())
                    && acceptsHtml(request.getHeaders().getAccept())) {
                return chain.filter(exchange.mutate().request(request.mutate().path("/index.html").build()).build());
            }
            return chain.filter(exchange);
        };
    }

    static boolean isDashboardRoute(String path) {
        return ROUTES.stream().anyMatch(route -> path.equals(route) || path.startsWith(route + "/"));
    }

    private static boolean acceptsHtml(List<MediaType> accepted) {
        return accepted.isEmpty() || accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML)
                && !type.isWildcardType());
    }
}
