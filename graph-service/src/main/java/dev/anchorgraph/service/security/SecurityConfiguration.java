package dev.anchorgraph.service.security;

import dev.anchorgraph.service.audit.AuditTrail;
import dev.anchorgraph.service.problem.ProblemWriter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.util.StringUtils;
import org.springframework.web.server.WebFilter;

/**
 * Every {@code /api/**} route needs a caller with a role ({@link AccessRules}); the caller is known by an API key in
 * {@code X-API-Key} or, when an issuer or public key is configured, a JWT bearer token. Stateless: no session, no
 * cookie, so no CSRF. With an external Neo4j ({@code NEO4J_URI}: production) the service refuses to start unless
 * keys or a JWT issuer are configured; in embedded (demo) mode it makes up an admin key and prints it. ADR 0005.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Null (no bean) unless in embedded mode with the demo key enabled. */
    @Bean
    DemoKey demoKey(SecurityProperties properties, Environment env) {
        return embedded(env) && properties.demoKey() ? new DemoKey(ApiKeys.generate()) : null;
    }

    @Bean
    ApiKeys apiKeys(
            SecurityProperties properties,
            ObjectProvider<DemoKey> demoKeys,
            ObjectProvider<ReactiveJwtDecoder> jwtDecoder,
            Environment env) {
        var demoKey = Optional.ofNullable(demoKeys.getIfAvailable());
        var keys = ApiKeys.of(properties.apiKeys(), properties.apiKeysFile(), demoKey);
        var jwt = jwtDecoder.getIfAvailable() != null;
        if (!embedded(env) && keys.isEmpty() && !jwt) {
            throw new IllegalStateException("""
                    graph-service does not start without authentication when it serves an external Neo4j \
                    (NEO4J_URI is set). Configure API keys (ANCHORGRAPH_SECURITY_API_KEYS=sha256:role:name,... or \
                    anchorgraph.security.api-keys-file) and/or a JWT issuer \
                    (spring.security.oauth2.resourceserver.jwt.issuer-uri or .public-key-location). \
                    docs/access.md says how to make a key.""");
        }
        log.info(
                "Access: {} API key(s){}{}",
                keys.size(),
                jwt ? ", JWT bearer tokens" : "",
                demoKey.isPresent() ? " (one is the demo admin key printed below)" : "");
        return keys;
    }

    /**
     * No Micrometer observation around each security filter: it cost more CPU per request than the lookups it wraps
     * (measured with JFR on the risk-lookup benchmark); the audit log and access logs say what happened.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ApiKeyAuthentication apiKeyAuthentication(ApiKeys keys) {
        return new ApiKeyAuthentication(keys);
    }

    @Bean
    SecurityWebFilterChain apiSecurity(
            ServerHttpSecurity http,
            ApiKeyAuthentication apiKeys,
            ObjectProvider<ReactiveJwtDecoder> jwtDecoder,
            ProblemWriter writer,
            SecurityProperties properties) {
        var decoder = jwtDecoder.getIfAvailable();
        var problems = new SecurityProblems(writer, decoder != null);
        var apiKeyFilter = new AuthenticationWebFilter(apiKeys);
        apiKeyFilter.setServerAuthenticationConverter(apiKeys);
        apiKeyFilter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
        apiKeyFilter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());

        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(c -> c.configurationSource(CorsRules.of(properties.cors())))
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .addFilterAt(
                        new HttpHeaderWriterWebFilter(SecurityHeaders::write),
                        SecurityWebFiltersOrder.HTTP_HEADERS_WRITER)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAt(apiKeyFilter, SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterBefore(recordCaller(), SecurityWebFiltersOrder.AUTHORIZATION)
                .authorizeExchange(ex -> {
                    ex.matchers(new RouteMatcher(null, AccessRules.PUBLIC)).permitAll();
                    ex.matchers(new RouteMatcher(HttpMethod.OPTIONS, List.of("/**")))
                            .permitAll();
                    for (var rule : AccessRules.RULES) {
                        var roles = rule.roles().stream().map(Role::id).toArray(String[]::new);
                        ex.matchers(new RouteMatcher(rule.method(), List.of(rule.pattern())))
                                .hasAnyRole(roles);
                    }
                    ex.matchers(new RouteMatcher(null, List.of(AccessRules.API)))
                            .hasRole(Role.ADMIN.id());
                    ex.anyExchange().authenticated();
                });
        if (decoder != null) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(j -> j.jwtDecoder(decoder)
                            .jwtAuthenticationConverter(
                                    new JwtRoles(properties.jwt().rolesClaim()))));
        }
        return http.build();
    }

    /** Tells the audit log who the caller is (before authorization, so that a 403 names them too). */
    private static WebFilter recordCaller() {
        return (exchange, chain) -> ReactiveSecurityContextHolder.getContext()
                .doOnNext(context -> {
                    var a = context.getAuthentication();
                    if (a != null && a.isAuthenticated()) {
                        var via = a instanceof JwtAuthenticationToken
                                ? "jwt"
                                : a instanceof ApiKeyAuthentication.Caller ? "api-key" : "none";
                        if (!via.equals("none")) {
                            AuditTrail.caller(
                                    exchange, new AuditTrail.Caller(a.getName(), via, SecurityProblems.roleList(a)));
                        }
                    }
                })
                .then(chain.filter(exchange));
    }

    static boolean embedded(Environment env) {
        return !StringUtils.hasText(env.getProperty("NEO4J_URI"));
    }
}
