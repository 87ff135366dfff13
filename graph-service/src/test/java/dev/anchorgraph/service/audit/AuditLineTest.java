package dev.anchorgraph.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AuditLineTest {

    @Test
    void aLineIsOneJsonObject() {
        var line = new AuditLine(
                Instant.parse("2026-11-30T08:00:00Z"),
                "loan-system",
                "api-key",
                List.of("risk-reader"),
                "10.0.0.7",
                "GET",
                "/api/v1/companies/{uscc}/risk",
                List.of("91440300MA5R1RK01C"),
                200,
                1.234,
                false);
        assertThat(line.json())
                .isEqualTo("{\"at\":\"2026-11-30T08:00:00Z\",\"who\":\"loan-system\",\"via\":\"api-key\","
                        + "\"roles\":[\"risk-reader\"],\"remote\":\"10.0.0.7\",\"method\":\"GET\","
                        + "\"route\":\"/api/v1/companies/{uscc}/risk\",\"firms\":[\"91440300MA5R1RK01C\"],\"status\":200,"
                        + "\"ms\":1.2}");
    }

    @Test
    void textFromOutsideCannotForgeASecondLineOrField() {
        var route = "/api/x\"\n{\"who\":\"admin\"}\u2028\u0001\\";
        var json = new AuditLine(Instant.EPOCH, null, "none", List.of(), null, "GET", route, List.of(), 401, 0, true)
                .json();
        assertThat(json).doesNotContain("\n").doesNotContain("\u2028");
        var parsed = JsonMapper.builder().build().readTree(json);
        assertThat(parsed.path("route").asString()).isEqualTo(route);
        assertThat(parsed.path("who").isNull()).isTrue();
        assertThat(parsed.path("cancelled").asBoolean()).isTrue();
    }
}
