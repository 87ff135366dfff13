package dev.anchorgraph.service.console;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web console: static files under {@code classpath:/static/console/} (served by Spring's resource handling),
 * plus its entry page at {@code /console/} and the sign-in settings it reads at start-up. The page itself holds no
 * data, so it needs no credentials; every API call it makes carries the user's own.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes {

    private static final ClassPathResource INDEX = new ClassPathResource("static/console/index.html");

    @Bean
    RouterFunction<ServerResponse> consolePages(ConsoleProperties properties) {
        return RouterFunctions.route()
                // module scripts are loaded relative to the page, so the page must be addressed as a folder
                .GET(
                        "/console",
                        request -> ServerResponse.permanentRedirect(URI.create("/console/"))
                                .build())
                .GET(
                        "/console/",
                        request -> ServerResponse.ok()
                                .contentType(MediaType.TEXT_HTML)
                                .cacheControl(CacheControl.noCache())
                                .bodyValue(INDEX))
                .GET(
                        "/console/config.json",
                        request -> ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_JSON)
                                .cacheControl(CacheControl.maxAge(Duration.ZERO).mustRevalidate())
                                .bodyValue(config(properties)))
                .build();
    }

    /** {@code {"oidc": null}} or {@code {"oidc": {"issuer", "clientId", "scopes"}}}: public values only. */
    static Map<String, Object> config(ConsoleProperties properties) {
        var oidc = properties.oidc();
        var body = new LinkedHashMap<String, Object>();
        body.put(
                "oidc",
                oidc.configured()
                        ? Map.of(
                                "issuer",
                                oidc.issuer().strip(),
                                "clientId",
                                oidc.clientId().strip(),
                                "scopes",
                                oidc.scopes())
                        : null);
        return body;
    }
}
