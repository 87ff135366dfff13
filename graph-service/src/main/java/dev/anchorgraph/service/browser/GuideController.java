package dev.anchorgraph.service.browser;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Serves the Browser guide and style sheet, in embedded mode and with an external Neo4j alike: that server's own
 * Browser fetches them across origins ({@code :play http://localhost:8080/guides/anchorgraph.html}), with headers
 * that need a CORS preflight, hence {@link CrossOrigin}. They are public, read-only documents.
 */
@Hidden
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class GuideController {

    private final Guide guide = Guide.load();
    private final Resource style = new ClassPathResource("cypher/browser/anchorgraph.grass");

    @GetMapping(value = Guide.PATH, produces = "text/html;charset=UTF-8")
    String guide(ServerHttpRequest request) {
        return guide.render(UriComponentsBuilder.fromUri(request.getURI())
                .replacePath(null)
                .replaceQuery(null)
                .fragment(null)
                .build()
                .toUri());
    }

    @GetMapping(value = Guide.STYLE_PATH, produces = "text/plain;charset=UTF-8")
    Resource style() {
        return style;
    }
}
