package dev.anchorgraph.service.neo4j;

import dev.anchorgraph.service.security.DemoKey;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where everything is once the HTTP port is known, so a new user can click straight through. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    private final Neo4jEndpoint endpoint;
    private final ObjectProvider<DemoKey> demoKey;

    StartupBanner(Neo4jEndpoint endpoint, ObjectProvider<DemoKey> demoKey) {
        this.endpoint = endpoint;
        this.demoKey = demoKey;
    }

    /** The demo admin key and how to use it, or where keys come from. */
    private String access(String base) {
        var key = demoKey.getIfAvailable();
        if (key == null) {
            return "  Access      API keys (X-API-Key) and/or JWT as configured; see docs/access.md\n";
        }
        return String.format(Locale.ROOT, """
                  Admin key   %s   (demo mode: a new one at each start)
                              curl -H 'X-API-Key: %s' %s/api/v1/anchors
                """, key.key(), key.key(), base);
    }

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        var base = "http://localhost:" + event.getWebServer().getPort();
        log.info(
                """

                anchorgraph graph-service is up
                  Console     {}/console/
                  API         {}/api/v1/anchors  (…/anchors/{uscc}/prospects, /companies/{uscc}/risk, /companies?q=)
                  Swagger UI  {}/swagger-ui.html
                  OpenAPI     {}/v3/api-docs
                  Health      {}/actuator/health
                  Bolt        {} ({})
                  {}
                {}""",
                base,
                base,
                base,
                base,
                base,
                endpoint.settings().boltUri(),
                endpoint.embedded().isPresent() ? "embedded Neo4j, loopback only" : "external Neo4j",
                browser(base),
                access(base));
    }

    /** Where to explore the graph: this service's Neo4j Browser when embedded, else the server's own Browser. */
    private String browser(String base) {
        var guide = "Guide       :play " + base + "/guides/anchorgraph.html";
        if (endpoint.embedded().isPresent()) {
            return "Browser     " + base
                    + "/browser/  (Neo4j Browser: Authentication type \"No authentication\", Connect)\n  " + guide
                    + "  (plays by itself after connecting)";
        }
        return guide + "  (in the Neo4j server's own Browser, http://<neo4j-host>:7474/browser/)";
    }
}
