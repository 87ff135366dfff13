package dev.anchorgraph.service.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Authenticates a request by its {@code X-API-Key} header; requests without the header are left to the others. */
final class ApiKeyAuthentication implements ServerAuthenticationConverter, ReactiveAuthenticationManager {

    /** A presented key before it is checked: holds the key, which never leaves this class. */
    private static final class Presented extends AbstractAuthenticationToken {
        private final String key;

        Presented(String key) {
            super(List.of());
            this.key = key;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "";
        }
    }

    /** A caller who gave a known key: named after the key's name, with its one role. */
    static final class Caller extends AbstractAuthenticationToken {
        private final ApiKey key;

        Caller(ApiKey key) {
            super(List.of(key.role().authority()));
            this.key = key;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return key.name();
        }

        @Override
        public String getName() {
            return key.name();
        }
    }

    private final ApiKeys keys;

    ApiKeyAuthentication(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        var key = exchange.getRequest().getHeaders().getFirst(ApiKeys.HEADER);
        return key == null ? Mono.empty() : Mono.just(new Presented(key.strip()));
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof Presented presented)) {
            return Mono.empty();
        }
        return keys.find(presented.key)
                .<Authentication>map(k -> new Caller(k))
                .map(Mono::just)
                .orElseGet(() -> Mono.error(new BadCredentialsException("The API key is not known.")));
    }
}
