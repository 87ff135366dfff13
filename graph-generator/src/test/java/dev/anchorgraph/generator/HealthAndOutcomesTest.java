package dev.anchorgraph.generator;

import static dev.anchorgraph.generator.GeneratedFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * outcomes.csv and the hidden health behind it. The health is not in any file: the test draws the same economy
 * again (same settings, so the same firms) to know each firm's health, and checks that it shows in the data a
 * lender sees and in the outcomes.
 */
class HealthAndOutcomesTest {

    static final int COMPANIES = 1500;
    static final int INVOICES = 30_000;
    static final LocalDate AS_OF = LocalDate.parse(GeneratedFiles.AS_OF);

    @TempDir
    static Path dir;

    static Economy economy;
    static List<CSVRecord> outcomes;
    /** Ordinary firms (no anchors, no shells), weakest first. */
    static List<Company> byHealth;

    @BeforeAll
    static void generate() {
        GeneratedFiles.generate(
                dir, "--companies", "" + COMPANIES, "--invoices", "" + INVOICES, "--as-of", GeneratedFiles.AS_OF);
        economy = Economy.draw(new GenerateSettings(COMPANIES, INVOICES, 42, AS_OF, 0.02));
        outcomes = read(dir, "outcomes.csv");
        byHealth = economy.companies().stream()
                .filter(c -> c.role() != Role.ANCHOR && c.role() != Role.SHELL)
                .sorted(Comparator.comparingDouble(Company::health))
                .toList();
    }

    @Test
    void everyFirmButTheAnchorsHasOneOutcomeObservedWithinTwelveMonthsAfterAsOf() {
        assertThat(String.join(",", GeneratedFiles.header(dir, "outcomes.csv")))
                .isEqualTo("uscc,defaulted,observed_on");
        var expected = economy.companies().stream()
                .filter(c -> c.role() != Role.ANCHOR)
                .map(Company::uscc)
                .toList();
        assertThat(outcomes.stream().map(o -> o.get("uscc")).toList()).containsExactlyElementsOf(expected);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.get("defaulted")).isIn("0", "1");
            var observed = LocalDate.parse(o.get("observed_on"));
            assertThat(observed).isAfter(AS_OF).isBeforeOrEqualTo(AS_OF.plusMonths(12));
            if (o.get("defaulted").equals("0")) {
                assertThat(observed).isEqualTo(AS_OF.plusMonths(12));
            }
        });
    }

    @Test
    void betweenFiveAndTenPercentDefault() {
        long defaults =
                outcomes.stream().filter(o -> o.get("defaulted").equals("1")).count();
        assertThat((double) defaults / outcomes.size()).isBetween(0.05, 0.10);
    }

    @Test
    void defaultersAreFarLessHealthyThanTheOthers() {
        var health = economy.companies().stream().collect(Collectors.toMap(Company::uscc, Company::health));
        var defaulted = outcomes.stream()
                .filter(o -> o.get("defaulted").equals("1"))
                .mapToDouble(o -> health.get(o.get("uscc")))
                .average()
                .orElseThrow();
        var repaid = outcomes.stream()
                .filter(o -> o.get("defaulted").equals("0"))
                .mapToDouble(o -> health.get(o.get("uscc")))
                .average()
                .orElseThrow();
        assertThat(repaid - defaulted).isGreaterThan(1.0);
    }

    @Test
    void theHiddenHealthIsDrawnTheSameForTheSameSeed() {
        var again = Economy.draw(new GenerateSettings(COMPANIES, INVOICES, 42, AS_OF, 0.02));
        assertThat(again.companies().stream().mapToDouble(Company::health).toArray())
                .containsExactly(economy.companies().stream()
                        .mapToDouble(Company::health)
                        .toArray());
    }

    @Test
    void unhealthyFirmsAreMoreOftenSuedOrEnforcedAgainst() {
        var cases = new HashMap<String, Integer>();
        for (var p : read(dir, "case_parties.csv")) {
            if (!p.get("party_uscc").isEmpty()
                    && Set.of("defendant", "enforced_party").contains(p.get("role"))) {
                cases.merge(p.get("party_uscc"), 1, Integer::sum);
            }
        }
        ToDoubleFunction<Company> against = c -> cases.getOrDefault(c.uscc(), 0);
        assertThat(mean(weakest(), against)).isGreaterThan(2 * mean(healthiest(), against));
    }

    @Test
    void unhealthyFirmsInvoiceInFewerOfTheLastTwelveMonths() {
        var months = new HashMap<String, Set<String>>();
        var from = AS_OF.minusMonths(11).withDayOfMonth(1).toString();
        for (var i : read(dir, "invoices.csv")) {
            var day = i.get("issued_on");
            if (day.compareTo(from) >= 0) {
                months.computeIfAbsent(i.get("seller_uscc"), u -> new HashSet<>())
                        .add(day.substring(0, 7));
                months.computeIfAbsent(i.get("buyer_uscc"), u -> new HashSet<>())
                        .add(day.substring(0, 7));
            }
        }
        ToDoubleFunction<Company> active =
                c -> months.getOrDefault(c.uscc(), Set.of()).size();
        assertThat(mean(weakest(), active)).isLessThan(0.6 * mean(healthiest(), active));
    }

    @Test
    void unhealthyFirmsAreYoungerAndMoreOftenRevoked() {
        var companies = read(dir, "companies.csv").stream().collect(Collectors.toMap(r -> r.get("uscc"), r -> r));
        ToDoubleFunction<Company> age = c -> AS_OF.toEpochDay()
                - RegistryDates.parse(companies.get(c.uscc()).get("founded_on")).toEpochDay();
        assertThat(mean(weakest(), age)).isLessThan(mean(healthiest(), age));
        var revokedLabels = Set.of("revoked", "吊销");
        ToDoubleFunction<Company> revoked =
                c -> revokedLabels.contains(companies.get(c.uscc()).get("status")) ? 1 : 0;
        assertThat(mean(weakest(), revoked)).isGreaterThan(mean(healthiest(), revoked));
    }

    /** The least healthy quarter of the ordinary firms. */
    private static List<Company> weakest() {
        return byHealth.subList(0, byHealth.size() / 4);
    }

    private static List<Company> healthiest() {
        return byHealth.subList(byHealth.size() - byHealth.size() / 4, byHealth.size());
    }

    private static double mean(List<Company> firms, ToDoubleFunction<Company> value) {
        return firms.stream().mapToDouble(value).average().orElseThrow();
    }
}
