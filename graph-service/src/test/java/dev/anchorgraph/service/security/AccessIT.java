package dev.anchorgraph.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import dev.anchorgraph.service.TestKeys;
import dev.anchorgraph.service.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may use which route: every role against every route (including the alert and fraud routes, whose rules exist
 * before their handlers), and every way credentials can be missing, wrong, expired or forged.
 */
@ServiceIT
class AccessIT extends ServiceIT.Base {

    static final String FIRM = "91440300MA5R7AC01X";
    static final String OTHER = "91440300MA5R7AC02Y";

    @Autowired
    WebTestClient http;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (:Company {uscc: '91440300MA5R7AC01X', name: '深圳市门禁测试有限公司', status: 'active'})
                CREATE (:Company {uscc: '91440300MA5R7AC02Y', name: '深圳市门禁对照有限公司', status: 'active'})
                """);
    }

    /** A request to a route and the roles the contract gives it (admin may use every route). */
    record Route(HttpMethod method, String uri, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + uri;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route(HttpMethod.GET, "/api/v1/companies/" + FIRM + "/risk", Set.of("risk-reader")),
            new Route(HttpMethod.POST, "/api/v1/risk/batch", Set.of("risk-reader")),
            new Route(HttpMethod.GET, "/api/v1/companies/" + FIRM, Set.of("risk-reader", "prospector", "analyst")),
            new Route(HttpMethod.GET, "/api/v1/companies?q=门禁", Set.of("prospector", "analyst")),
            new Route(HttpMethod.GET, "/api/v1/companies/" + FIRM + "/network", Set.of("prospector", "analyst")),
            new Route(HttpMethod.GET, "/api/v1/companies/" + FIRM + "/chains", Set.of("prospector", "analyst")),
            new Route(HttpMethod.GET, "/api/v1/companies/" + FIRM + "/sales", Set.of("prospector", "analyst")),
            new Route(HttpMethod.GET, "/api/v1/paths?from=" + FIRM + "&to=" + OTHER, Set.of("prospector", "analyst")),
            new Route(HttpMethod.GET, "/api/v1/anchors", Set.of("prospector")),
            new Route(HttpMethod.GET, "/api/v1/anchors/" + FIRM + "/prospects", Set.of("prospector")),
            new Route(HttpMethod.GET, "/api/v1/alerts", Set.of("analyst")),
            new Route(HttpMethod.POST, "/api/v1/alerts/alert-1/ack", Set.of("analyst")),
            new Route(HttpMethod.GET, "/api/v1/fraud/rings", Set.of("analyst")),
            new Route(HttpMethod.GET, "/api/v1/companies/" + FIRM + "/fraud", Set.of("analyst")),
            new Route(HttpMethod.GET, "/api/v1/companies/" + FIRM + "/memo", Set.of("risk-reader", "analyst")),
            new Route(HttpMethod.GET, "/api/v1/not-yet-a-route", Set.of()));

    static Stream<Arguments> everyRoleOnEveryRoute() {
        var cases = new ArrayList<Arguments>();
        for (var route : ROUTES) {
            for (var key : TestKeys.all()) {
                cases.add(Arguments.of(route, key[1], key[0]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("everyRoleOnEveryRoute")
    void eachRoleIsAllowedOrDeniedExactlyAsTheContractSays(Route route, String role, String key) {
        var allowed = role.equals("admin") || route.roles().contains(role);
        var status = call(route, TestKeys.HEADER, key);
        if (allowed) {
            assertThat(status).as("%s as %s", route, role).isNotIn(401, 403);
        } else {
            assertThat(status).as("%s as %s", route, role).isEqualTo(403);
        }
    }

    @Test
    void aDeniedRoleIsToldWhichRolesMayUseTheRoute() {
        http.get()
                .uri("/api/v1/anchors")
                .header(TestKeys.HEADER, TestKeys.RISK_READER)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/forbidden")
                .jsonPath("$.detail")
                .isEqualTo(
                        "Your role (risk-reader) may not use GET /api/v1/anchors; it is for: " + "prospector, admin.");
    }

    @Test
    void everyApiRouteOfTheServiceHasARuleOfItsOwn() {
        var checked = new ArrayList<String>();
        var unruled = new ArrayList<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternsCondition().getPatterns().forEach(pattern -> {
                    var path = pattern.getPatternString().replaceAll("\\{[^}]+}", FIRM);
                    var methods = info.getMethodsCondition().getMethods();
                    for (var m : methods.isEmpty()
                            ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                            : methods) {
                        if (path.startsWith("/api/")) {
                            checked.add(m + " " + pattern.getPatternString());
                            if (!AccessRules.named(m.asHttpMethod(), path)) {
                                unruled.add(m + " " + pattern.getPatternString());
                            }
                        }
                    }
                }));
        // an empty list of routes would pass the check below without checking anything
        assertThat(checked)
                .as("API routes found in the handler mappings")
                .contains(
                        "GET /api/v1/companies/{uscc}/risk",
                        "POST /api/v1/risk/batch",
                        "GET /api/v1/anchors/{uscc}/prospects",
                        "POST /api/v1/alerts/{id}/ack",
                        "GET /api/v1/fraud/rings");
        assertThat(unruled)
                .as("API routes that only admin may use because no rule names them")
                .isEmpty();
    }

    @Test
    void withoutCredentialsAnApiRouteIsA401ProblemSayingHowToAuthenticate() {
        anonymous()
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueMatches(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"anchorgraph\".*")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/unauthorized")
                .jsonPath("$.detail")
                .isEqualTo(
                        "Send an API key in the X-API-Key header, or a bearer token in the " + "Authorization header.");
    }

    @Test
    void anUnknownKeyIsA401() {
        anonymous()
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .header(TestKeys.HEADER, "ag_not-a-key-we-issued")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("The API key is not known.");
    }

    @Test
    void anEmptyKeyIsA401() {
        anonymous()
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .header(TestKeys.HEADER, "")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void theKeysHashIsNotAKey() {
        anonymous()
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .header(TestKeys.HEADER, TestKeys.sha256(TestKeys.ADMIN))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void aValidTokenWithTheRoleIsLetIn() {
        bearer(TestTokens.token("alice@bank", List.of("risk-reader")))
                .get()
                .uri("/api/v1/companies/" + FIRM + "/risk")
                .exchange()
                .expectStatus()
                .value(s -> assertThat(s).isNotIn(401, 403));
    }

    @Test
    void aTokenIsLimitedToItsRoles() {
        bearer(TestTokens.token("alice@bank", List.of("risk-reader")))
                .get()
                .uri("/api/v1/anchors")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aRoleGrantedAsAnOAuthScopeCounts() {
        bearer(TestTokens.scoped("svc-prospecting", "openid prospector"))
                .get()
                .uri("/api/v1/anchors")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aTokenWithoutAnyRoleMayUseNoApiRoute() {
        bearer(TestTokens.token("bob@bank", List.of("teller", "Admin")))
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).startsWith("Your role (none)"));
    }

    @Test
    void anExpiredTokenIsA401() {
        bearer(TestTokens.token("alice@bank", List.of("admin"), Instant.now().minusSeconds(300)))
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/unauthorized")
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).startsWith("The bearer token is not valid"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsA401() {
        bearer(TestTokens.foreign("mallory", List.of("admin")))
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void aTokenWhoseClaimsWereEditedIsA401() {
        var parts = TestTokens.token("alice@bank", List.of("risk-reader")).split("\\.");
        var claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("risk-reader", "admin");
        var forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "."
                + parts[2];
        bearer(forged).get().uri("/api/v1/anchors").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void garbageInTheBearerTokenIsA401() {
        bearer("not.a.jwt")
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void basicAuthenticationIsNotAWayIn() {
        anonymous()
                .get()
                .uri("/api/v1/companies/" + FIRM)
                .headers(h -> h.setBasicAuth("admin", TestKeys.ADMIN))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void healthTheApiDescriptionAndTheStaticPagesNeedNoCredentials() {
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
        anonymous()
                .get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk();
        anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        anonymous().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        for (var page : List.of("/console/", "/browser/", "/guides/index.html")) {
            anonymous()
                    .get()
                    .uri(page)
                    .exchange()
                    .expectStatus()
                    .value(s -> assertThat(s).as(page).isNotIn(401, 403));
        }
    }

    @Test
    void otherPathsNeedCredentialsToo() {
        anonymous().get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        http.get()
                .uri("/api/v1/companies/" + FIRM)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, v -> assertThat(v).contains("no-store"));
    }

    @Test
    void crossOriginCallsAreClosedByDefault() {
        http.get()
                .uri("/api/v1/companies/" + FIRM)
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .exchange()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        anonymous()
                .options()
                .uri("/api/v1/companies/" + FIRM)
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "X-API-Key")
                .exchange()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    private int call(Route route, String header, String value) {
        var request = http.method(route.method()).uri(route.uri()).header(header, value);
        var spec = route.method() == HttpMethod.POST && route.uri().endsWith("batch")
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(List.of(FIRM))
                : request;
        var result = spec.exchange().returnResult(DataBuffer.class);
        result.getResponseBody().subscribe().dispose();
        return result.getStatus().value();
    }

    private WebTestClient anonymous() {
        return http.mutate().defaultHeaders(h -> h.remove(TestKeys.HEADER)).build();
    }

    private WebTestClient bearer(String token) {
        return http.mutate()
                .defaultHeaders(h -> {
                    h.remove(TestKeys.HEADER);
                    h.setBearerAuth(token);
                })
                .build();
    }
}
