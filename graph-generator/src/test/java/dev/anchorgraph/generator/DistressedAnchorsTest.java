package dev.anchorgraph.generator;

import static dev.anchorgraph.generator.GeneratedFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --distressed-anchors 1}: the anchor with the most direct suppliers falls into distress over six months. */
class DistressedAnchorsTest {

    static final LocalDate AS_OF = LocalDate.parse(GeneratedFiles.AS_OF);
    static final GenerateSettings SETTINGS = new GenerateSettings(2_000, 40_000, 42, AS_OF, 0.02, false, null, 1);

    @TempDir
    static Path dir;

    static String output;
    static Economy economy;
    static Company anchor;

    @BeforeAll
    static void generate() {
        output = GeneratedFiles.generate(
                dir,
                "--companies",
                "2000",
                "--invoices",
                "40000",
                "--as-of",
                GeneratedFiles.AS_OF,
                "--distressed-anchors",
                "1");
        economy = Economy.draw(SETTINGS);
        anchor = economy.companies().stream()
                .filter(c -> c.role() == Role.ANCHOR)
                .max(Comparator.comparingInt(c -> economy.trade().inDegree(c.index())))
                .orElseThrow();
    }

    @Test
    void theAnchorWithTheMostDirectSuppliersIsListedWithItsDependentTierOneSuppliers() {
        var rows = read(dir, "planted-anomalies.csv").stream()
                .filter(r -> r.get("kind").equals("distressed_anchor"))
                .toList();
        assertThat(rows).hasSize(1);
        var members = List.of(rows.getFirst().get("members").split(";"));
        assertThat(members.getFirst()).isEqualTo(anchor.uscc());
        var dependents = economy.distressed().planted().getFirst().dependents();
        assertThat(dependents).hasSizeGreaterThan(20);
        assertThat(members.subList(1, members.size()))
                .containsExactlyElementsOf(
                        dependents.stream().map(d -> economy.company(d).uscc()).toList());
        assertThat(dependents)
                .allSatisfy(d -> assertThat(economy.company(d).role()).isEqualTo(Role.SUPPLIER_1));
        assertThat(output).contains("Distressed anchor " + anchor.uscc(), "dishonest debtor since");
    }

    @Test
    void itBuysAboutAThirdOverTheLastSixMonthsOfWhatItBoughtTheSixMonthsBefore() {
        var cut = AS_OF.minusMonths(6);
        double now = 0;
        double before = 0;
        for (var i : read(dir, "invoices.csv")) {
            if (!i.get("buyer_uscc").equals(anchor.uscc()) || !i.get("kind").equals("normal")) {
                continue;
            }
            var day = LocalDate.parse(i.get("issued_on"));
            double amount = Double.parseDouble(i.get("amount"));
            now += day.isAfter(cut) ? amount : 0;
            before += !day.isAfter(cut) && day.isAfter(cut.minusMonths(6)) ? amount : 0;
        }
        assertThat(now / before).isBetween(0.2, 0.5);
    }

    @Test
    void itIsAnOpenDishonestDebtorWithEnforcementCasesFiledInTheLastSixMonths() {
        Set<String> against = read(dir, "case_parties.csv").stream()
                .filter(p -> p.get("party_uscc").equals(anchor.uscc())
                        && p.get("role").equals("enforced_party"))
                .map(p -> p.get("case_no"))
                .collect(Collectors.toSet());
        var cases = read(dir, "cases.csv").stream()
                .filter(c -> against.contains(c.get("case_no"))
                        && LocalDate.parse(c.get("filed_on")).isAfter(AS_OF.minusMonths(6)))
                .toList();
        var kinds = cases.stream().map(c -> c.get("kind")).toList();
        assertThat(kinds).containsOnlyOnce("dishonest_debtor").contains("enforcement");
        assertThat(cases).allSatisfy(c -> assertThat(c.get("closed_on")).isEmpty());
    }

    @Test
    void itsDependentSuppliersAreExpectedToDefaultAtThreeTimesTheRateOfTheOtherTierOneSuppliers() {
        var writer = new OutcomeWriter(economy, Draw.stream(42, "outcomes"));
        double intercept = writer.intercept();
        double dependentIntercept = writer.dependentIntercept(intercept);
        var distressed = economy.distressed();
        double dependents = economy.companies().stream()
                .filter(c -> distressed.dependent(c.index()))
                .mapToDouble(c -> Health.defaultChance(c.health(), dependentIntercept))
                .average()
                .orElseThrow();
        double others = economy.companies().stream()
                .filter(c -> c.role() == Role.SUPPLIER_1 && !distressed.dependent(c.index()))
                .mapToDouble(c -> Health.defaultChance(c.health(), intercept))
                .average()
                .orElseThrow();
        assertThat(dependents / others).isCloseTo(DistressedAnchors.DEFAULT_RATIO, within(1e-6));
        Map<String, String> defaulted = read(dir, "outcomes.csv").stream()
                .collect(Collectors.toMap(o -> o.get("uscc"), (CSVRecord o) -> o.get("defaulted")));
        assertThat(economy.companies().stream()
                        .filter(c -> distressed.dependent(c.index()))
                        .filter(c -> defaulted.get(c.uscc()).equals("1")))
                .isNotEmpty();
    }

    @Test
    void askingForAsManyDistressedAnchorsAsThereAreAnchorsIsRefused() {
        var err = new StringWriter();
        int exit = GraphGenerator.commandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err))
                .execute(
                        "generate",
                        "--output",
                        dir.resolve("refused").toString(),
                        "--companies",
                        "1000",
                        "--as-of",
                        GeneratedFiles.AS_OF,
                        "--distressed-anchors",
                        "3");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--distressed-anchors 3 leaves no healthy anchor");
    }
}
