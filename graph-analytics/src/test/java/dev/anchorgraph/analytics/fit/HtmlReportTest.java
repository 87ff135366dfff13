package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorgraph.analytics.backtest.Backtest;
import dev.anchorgraph.risk.RiskModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {

    static FitReport.Report report;
    static JsonNode json;
    static Document html;

    @BeforeAll
    static void fitAndWrite(@TempDir Path dir) throws Exception {
        var firms = ScorecardFitTest.firms(4000, 9);
        var parts = FirmSample.split(firms, 0.3, 42);
        var candidates = FirmSample.candidates(RiskModel.current());
        var fit = new ScorecardFit(parts.get(0), candidates, FitOptions.DEFAULT).run();
        var model = ModelFile.build(RiskModel.current(), "v<&>", fit, FitOptions.DEFAULT);
        var figures =
                new Validation(model, FitOptions.DEFAULT.scaling(), fit).run(parts.get(0), parts.get(1), null, firms);
        report = FitReport.of(model, fit, FitOptions.DEFAULT, figures);
        FitReport.write(report, dir);
        json = new ObjectMapper().readTree(dir.resolve("fit-report.json").toFile());
        var page = Files.readAllBytes(dir.resolve("fit-report.html"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        html = factory.newDocumentBuilder().parse(new ByteArrayInputStream(page));
        assertThat(new String(page, StandardCharsets.UTF_8))
                .doesNotContain("<script")
                .doesNotContain("http://cdn")
                .doesNotContain("https://");
    }

    @Test
    void thePageIsWellFormedWithAChartPerFigureAndEveryFeature() {
        int kept = (int)
                report.features().stream().filter(FitReport.FeatureRow::kept).count();
        // ROC, score distribution, calibration, then bad rate and WoE per kept feature
        assertThat(html.getElementsByTagName("svg").getLength()).isEqualTo(3 + 2 * kept);
        var text = html.getDocumentElement().getTextContent();
        report.features().forEach(f -> assertThat(text).contains(f.feature()));
        assertThat(text).contains("Model v<&>");
        for (var f : report.features()) {
            assertThat(byId("feature-" + f.feature()) != null).isEqualTo(f.kept());
        }
    }

    @Test
    void theFiguresAreTheJsonReportsFigures() {
        var holdout = cells(byId("separation"), 2);
        assertThat(holdout.get(0)).isEqualTo("hold-out");
        assertThat(holdout.get(3))
                .isEqualTo(fmt("%.3f", json.at("/validation/holdout/auc").asDouble()));
        assertThat(holdout.get(5))
                .isEqualTo(fmt("%.3f", json.at("/validation/holdout/ks").asDouble()));

        var iv = byId("iv");
        for (int i = 0; i < json.at("/features").size(); i++) {
            var row = cells(iv, i + 1);
            assertThat(row.get(0))
                    .isEqualTo(json.at("/features/" + i + "/feature").asText());
            assertThat(row.get(1))
                    .isEqualTo(fmt("%.4f", json.at("/features/" + i + "/iv").asDouble()));
        }
        var calibration = byId("calibration");
        for (int i = 0; i < json.at("/validation/calibration").size(); i++) {
            var row = cells(calibration, i + 1);
            var c = json.at("/validation/calibration/" + i);
            assertThat(row.get(0)).isEqualTo(c.at("/tier").asText());
            assertThat(row.get(3))
                    .isEqualTo(fmt("%.2f%%", 100 * c.at("/observedPd").asDouble()));
            assertThat(row.get(4))
                    .isEqualTo(fmt("%.2f%%", 100 * c.at("/predictedPd").asDouble()));
        }
        var population = cells(byId("psi"), 2);
        assertThat(population.get(0)).isEqualTo("scored population");
        assertThat(population.get(2))
                .isEqualTo(fmt(
                        "%.4f", json.at("/validation/scoredPopulation/scorePsi").asDouble()));

        var roc = (Element) html.getElementsByTagName("polyline").item(0);
        assertThat(Integer.parseInt(roc.getAttribute("data-points")))
                .isEqualTo(json.at("/validation/holdoutRoc").size());
    }

    @Test
    void theAreaUnderTheRocCurveIsTheAuc() {
        var observations = new ArrayList<Backtest.Observation>();
        var random = new java.util.Random(3);
        for (int i = 0; i < 300; i++) {
            boolean bad = random.nextDouble() < 0.2;
            observations.add(new Backtest.Observation(
                    "f" + i, (int) (random.nextGaussian() * 30 + (bad ? 480 : 510)), "A", bad));
        }

        assertThat(Curves.area(Curves.roc(observations)))
                .isCloseTo(new Backtest(observations).run().auc(), within(1e-12));
        var buckets = Curves.distribution(observations, 20);
        assertThat(buckets.stream().mapToLong(b -> b.goods() + b.bads()).sum()).isEqualTo(300);
        assertThat(buckets).allSatisfy(b -> assertThat(b.to() - b.from()).isEqualTo(20));
    }

    private static Element byId(String id) {
        var all = html.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    /** The text of each cell of a table's row (0 = the header). */
    private static List<String> cells(Element table, int row) {
        var tr = (Element) table.getElementsByTagName("tr").item(row);
        var cells = new ArrayList<String>();
        var children = tr.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            cells.add(children.item(i).getTextContent());
        }
        return cells;
    }

    private static String fmt(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }
}
