package dev.anchorgraph.service.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.GraphLoader;
import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import dev.anchorgraph.service.TestKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real-shaped group of examples/real-shaped/ownership (docs/adr/0014's worked example), loaded and scored by
 * graph-loader: an overseas parent (Cayman, no USCC) over a mutual holding; a fund with 49 % of a firm whose 51 %
 * holder the parent controls; a Hong Kong company with 55.24 % of an operator.
 */
@ServiceIT
class ControlApiIT extends ServiceIT.Base {

    static final String BM7 = "91440300MA5HQ0007U";
    static final String OP3 = "91440400MA5HQ0003L";
    static final String KY = "name/KY/haiqiaogroupholdingsltd";

    @TempDir
    static Path work;

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void loadedAndScored() {
        TestNeo4j.clear();
        var out = new StringWriter();
        var loader = GraphLoader.commandLine(neo4j.settings());
        loader.setOut(new PrintWriter(out, true));
        loader.setErr(new PrintWriter(out, true));
        var exit = loader.execute(
                "load",
                "--input",
                Path.of("../examples/real-shaped/ownership").toString(),
                "--pseudonym-key-file",
                work.resolve("pseudonym.key").toString(),
                "--report-dir",
                work.resolve("report").toString());
        assertThat(exit).as("graph-loader load:%n%s", out).isZero();
    }

    @Test
    void theFundWithFortyNinePercentIsAHolderButTheParentControlsThroughTheChain() {
        var view = http.get()
                .uri("/api/v1/companies/{u}/control", BM7)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ControlView.class)
                .returnResult()
                .getResponseBody();
        assertThat(view.status()).isEqualTo("controlled");
        assertThat(view.basis()).isEqualTo("control_chain");
        assertThat(view.controller().key()).isEqualTo(KY);
        assertThat(view.controller().kind()).isEqualTo("organisation");
        // 51 % × 80 % × 62.5 % × 100 % through the logistics arm, plus its 20 % of the port services loop
        assertThat(view.controllerStake()).isCloseTo(0.255 + 0.03793125, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(view.chain().getFirst().key()).isEqualTo(BM7);
        assertThat(view.chain().getLast().key()).isEqualTo(KY);
        var fund = view.holders().stream()
                .filter(h -> h.party().name() != null && h.party().name().startsWith("Harbour Bridge"))
                .findFirst()
                .orElseThrow();
        assertThat(fund.stake()).isEqualTo(0.49);
        assertThat(fund.top()).isTrue();
        assertThat(fund.paths()).hasSize(1);
        assertThat(fund.paths().getFirst().stakes()).containsExactly(0.49);
        var parent = view.holders().stream()
                .filter(h -> h.party().key().equals(KY))
                .findFirst()
                .orElseThrow();
        assertThat(parent.paths()).allSatisfy(p -> {
            assertThat(p.parties().getFirst().key()).isEqualTo(KY);
            assertThat(p.parties().getLast().key()).isEqualTo(BM7);
        });
        assertThat(view.beneficialOwners().basis()).isEqualTo("senior_manager");
        assertThat(view.beneficialOwners().owners())
                .singleElement()
                .satisfies(o -> assertThat(o.role()).isEqualTo("general_manager"));
        assertThat(view.groupId()).isEqualTo("Gc786957f35266d49");
        // the holdings into the firm and into every company above it; the operator's two are not among them
        assertThat(view.holdingsRead()).isEqualTo(11);
        assertThat(view.holdingsLeftOut()).isFalse();
    }

    @Test
    void theOperatorIsControlledByTheHongKongCompanyAtItsOwnMajority() {
        http.get()
                .uri("/api/v1/companies/{u}/control", OP3)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("controlled")
                .jsonPath("$.basis")
                .isEqualTo("majority")
                .jsonPath("$.controller.key")
                .isEqualTo("reg/HK/2345678")
                .jsonPath("$.controllerStake")
                .isEqualTo(0.5524);
    }

    @Test
    void theAnswerAgreesWithWhatTheScoreStepStored() {
        var stored = http.get()
                .uri("/api/v1/companies/{u}/memo", BM7)
                .exchange()
                .expectBody()
                .returnResult()
                .getResponseBody();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"controller\":\"" + KY + "\"")
                .contains("\"basis\":\"control_chain\"");
    }

    @Test
    void anUnknownFirmIsA404AndAProspectorMayAsk() {
        http.get()
                .uri("/api/v1/companies/{u}/control", "91110000600037341L")
                .exchange()
                .expectStatus()
                .isNotFound();
        http.mutate()
                .defaultHeader(TestKeys.HEADER, TestKeys.PROSPECTOR)
                .build()
                .get()
                .uri("/api/v1/companies/{u}/control", OP3)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
