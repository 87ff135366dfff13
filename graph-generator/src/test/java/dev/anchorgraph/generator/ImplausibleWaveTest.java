package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImplausibleWaveTest {

    static final LocalDate AS_OF = LocalDate.parse(GeneratedFiles.AS_OF);
    /** Seed 7 with 1,000 firms has a peer group of about 30 fruit growers (0151). */
    static final GenerateSettings WAVE = new GenerateSettings(1_000, 50_000, 7, AS_OF, 0.02, false, "0151");

    @TempDir
    Path dir;

    @Test
    void halfOfTheSellingFruitGrowersInvoiceRebarInTheSameThreeMonths() {
        var economy = Economy.draw(WAVE);
        var wave = economy.anomalies().anomalies().stream()
                .filter(a -> a.detail().startsWith("wave in 0151"))
                .toList();
        var members = wave.stream().map(a -> a.members().getFirst()).toList();
        var rebar = economy.anomalies().invoices().stream()
                .filter(i -> members.contains(i.seller()))
                .toList();
        int first = economy.window().monthOf(rebar.getFirst().day());
        var sellers = economy.companies().stream()
                .filter(c -> c.industry().code().equals("0151")
                        && c.activeIn(first)
                        && c.activeIn(first + 2)
                        && economy.trade().outDegree(c.index()) > 0)
                .count();
        assertThat(sellers).isGreaterThanOrEqualTo(25);
        assertThat(wave).hasSize((int) sellers / 2);
        assertThat(wave.getFirst().detail()).contains("(%d of its %d selling firms)".formatted(sellers / 2, sellers));
        assertThat(wave).allSatisfy(a -> assertThat(a.kind()).isEqualTo(PlantedAnomaly.IMPLAUSIBLE_GOODS));
        assertThat(rebar).hasSize(wave.size() * ImplausibleWave.MONTHS * ImplausibleWave.PER_MONTH);
        assertThat(rebar)
                .allSatisfy(i -> assertThat(i.category().itemName(i.item())).isEqualTo("*钢材*螺纹钢"));
        var months = rebar.stream()
                .map(i -> economy.window().monthOf(i.day()))
                .distinct()
                .sorted()
                .toList();
        assertThat(months).hasSize(3);
        assertThat(months.getLast() - months.getFirst()).isEqualTo(2);
    }

    @Test
    void withoutTheOptionTheOtherAnomaliesAreUnchanged() {
        var with = Economy.draw(WAVE).anomalies().anomalies();
        var without = Economy.draw(new GenerateSettings(1_000, 50_000, 7, AS_OF, 0.02))
                .anomalies()
                .anomalies();
        assertThat(without).noneMatch(a -> a.detail().startsWith("wave in"));
        assertThat(with.stream().filter(a -> !a.detail().startsWith("wave in")).toList())
                .isEqualTo(without);
    }

    @Test
    void aClassThatDealsInSteelOrIsUnknownIsRefused() {
        for (var bad : new String[] {"3130", "9999"}) {
            var err = new StringWriter();
            int exit = new CommandLine(new GenerateCommand())
                    .setErr(new PrintWriter(err))
                    .execute(
                            "--output",
                            dir.toString(),
                            "--companies",
                            "100",
                            "--as-of",
                            GeneratedFiles.AS_OF,
                            "--implausible-wave",
                            bad);
            assertThat(exit).as(bad).isNotZero();
            assertThat(err.toString()).contains("--implausible-wave");
        }
    }
}
