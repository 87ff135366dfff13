package dev.anchorgraph.service.browser;

import dev.anchorgraph.service.neo4j.Neo4jEndpoint;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Neo4j Browser at {@code /browser/}, only when this service runs the embedded database (an external server serves
 * its own Browser, at its port 7474). The app is the static build in the {@code org.neo4j.client:neo4j-browser}
 * jar ({@code browser/} on the classpath); it talks Bolt over WebSocket, which Neo4j serves on the Bolt port itself.
 *
 * <p>The Browser finds its database in a discovery document at the root of the origin that served it, asked for
 * with {@code Accept: application/json}, as a Neo4j server answers it. A Neo4j server advertises its configured
 * port there whatever port Bolt really bound; this one advertises the address Bolt actually bound, so the two
 * cannot differ. Other requests for {@code /} are left to whatever else serves it.
 */
@Configuration(proxyBeanMethods = false)
class BrowserRoutes {

    static final String PATH = "/browser/";
    private static final RequestPredicate ASKS_FOR_JSON =
            request -> request.headers().accept().stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype);

    @Bean
    RouterFunction<ServerResponse> neo4jBrowser(Neo4jEndpoint endpoint) {
        if (endpoint.embedded().isEmpty()) {
            return request -> Mono.empty();
        }
        var discovery =
                Map.of("bolt_direct", endpoint.embedded().get().boltUri().toString(), "neo4j_edition", "community");
        var index = new ClassPathResource("browser/index.html");
        return RouterFunctions.route()
                .GET(
                        "/",
                        ASKS_FOR_JSON,
                        request -> ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_JSON)
                                .cacheControl(CacheControl.noStore())
                                .bodyValue(discovery))
                .GET(
                        "/browser",
                        request -> ServerResponse.permanentRedirect(UriComponentsBuilder.fromUri(request.uri())
                                        .replacePath(PATH)
                                        .build(true)
                                        .toUri())
                                .build())
                .GET(
                        PATH,
                        request -> ServerResponse.ok()
                                .contentType(MediaType.TEXT_HTML)
                                .cacheControl(CacheControl.noCache())
                                .bodyValue(index))
                .add(RouterFunctions.resources(PATH + "**", new ClassPathResource("browser/")))
                .build();
    }
}
