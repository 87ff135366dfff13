package dev.anchorgraph.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleRoutesTest {

    @Test
    void withoutAnIssuerTheConsoleOffersNoOidcSignIn() {
        var none = new ConsoleProperties(new ConsoleProperties.Oidc(null, null, "openid profile"));
        assertThat(ConsoleRoutes.config(none)).containsEntry("oidc", null);
        var noClient = new ConsoleProperties(new ConsoleProperties.Oidc("https://id.example.com", " ", "openid"));
        assertThat(ConsoleRoutes.config(noClient)).containsEntry("oidc", null);
    }

    @Test
    void aConfiguredIssuerIsPassedToTheBrowserWithItsClientAndScopes() {
        var oidc = new ConsoleProperties(new ConsoleProperties.Oidc(
                " https://id.example.com/realms/bank ", "anchorgraph-console", "openid profile"));
        assertThat(ConsoleRoutes.config(oidc))
                .containsEntry(
                        "oidc",
                        Map.of(
                                "issuer",
                                "https://id.example.com/realms/bank",
                                "clientId",
                                "anchorgraph-console",
                                "scopes",
                                "openid profile"));
    }
}
