package dev.anchorgraph.service.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the web console needs to know about sign-in. With no OIDC issuer the console only offers API-key entry.
 *
 * @param oidc the identity provider the console signs users in with (authorization code + PKCE in the browser)
 */
@ConfigurationProperties("anchorgraph.console")
record ConsoleProperties(@DefaultValue Oidc oidc) {

    /**
     * @param issuer   the OIDC issuer URL (its {@code /.well-known/openid-configuration} is read by the browser);
     *                 blank = no OIDC sign-in
     * @param clientId the public client registered for the console (no secret: PKCE protects the code exchange)
     * @param scopes   scopes to ask for
     */
    record Oidc(
            String issuer,
            String clientId,
            @DefaultValue("openid profile") String scopes) {

        boolean configured() {
            return issuer != null && !issuer.isBlank() && clientId != null && !clientId.isBlank();
        }
    }
}
