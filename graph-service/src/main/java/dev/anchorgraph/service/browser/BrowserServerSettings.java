package dev.anchorgraph.service.browser;

import dev.anchorgraph.service.neo4j.EmbeddedServerSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.server.configuration.ServerSettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the embedded database tells Neo4j Browser about itself ({@code CALL dbms.clientConfig()}, read after
 * connecting): no usage telemetry (a bank's analysts' queries stay on their machine); remote guides and style sheets
 * from this service, by either loopback name; and, when the HTTP port is known before start, the anchorgraph guide as
 * the command run after connecting instead of Neo4j's own start page.
 */
@Component
final class BrowserServerSettings implements EmbeddedServerSettings {

    private final int httpPort;

    BrowserServerSettings(Environment env) {
        this.httpPort = env.getProperty("server.port", Integer.class, 8080);
    }

    @Override
    public Map<Setting<?>, Object> settings() {
        return forHttpPort(httpPort);
    }

    /** @param httpPort this service's HTTP port; 0 (a random port, in tests) leaves Neo4j's start page */
    static Map<Setting<?>, Object> forHttpPort(int httpPort) {
        var settings = new LinkedHashMap<Setting<?>, Object>();
        settings.put(ServerSettings.allow_telemetry, false);
        settings.put(ServerSettings.browser_remote_content_hostname_whitelist, "guides.neo4j.com,localhost,127.0.0.1");
        if (httpPort > 0) {
            settings.put(ServerSettings.browser_post_connect_cmd, "play http://localhost:" + httpPort + Guide.PATH);
        }
        return settings;
    }
}
