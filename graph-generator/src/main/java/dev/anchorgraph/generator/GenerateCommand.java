package dev.anchorgraph.generator;

import dev.anchorgraph.cli.BusinessDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Writes a realistic synthetic data set (registry, ownership, litigation, loans and VAT invoices) for trying the
 * loader and testing fraud detection, as UTF-8 RFC 4180 CSV files with a header row.
 *
 * <p>The model: about one firm in 500 (at least 3) is an anchor, a large core enterprise of one of eight kinds of
 * supply chain (cars, electronics, appliances, food, steel, apparel, chemicals, construction machinery). Every other
 * firm joins one anchor's chain as tier-1 or tier-2 supplier, tier-1 or tier-2 distributor, or carrier, with a GB/T
 * 4754-2017 industry fitting its place; some tier-1 firms serve a second anchor. Partners are chosen in proportion to
 * size times a Pareto draw, so a few hubs trade with many and most firms with one or two. Invoices follow these
 * edges over the 24 months ending at {@code --as-of}, with seasonal volume (busy before 春节 and at year end), steady
 * partners invoicing most months, about 1 % red-letter reversals and 0.5 % voided invoices. Firm names, USCCs,
 * case numbers and national ID numbers are shaped like real ones; the messy spellings of real exports (dates,
 * capitals, stakes, roles, statuses, names in court documents) are mixed in on purpose.
 *
 * <p>{@code --anomaly-share} of the firms take part in planted anomalies: circular-trading rings, implausible goods
 * and shell clusters, listed in {@code planted-anomalies.csv} as the ground truth. Ordinary trade has no cycles.
 * {@code --implausible-wave CLASS} adds a wave of implausible goods inside one peer group ({@link ImplausibleWave}).
 *
 * <p>{@code --distressed-anchors N} plants N anchors in distress and the defaults that follow among their dependent
 * suppliers ({@link DistressedAnchors}), listed as {@code distressed_anchor} rows of {@code planted-anomalies.csv}.
 *
 * <p>Every firm has a hidden {@link Health} that shapes its founding date, status, trade and court cases, and from
 * which {@code outcomes.csv} draws whether it defaults in the twelve months after {@code --as-of}: the ground truth
 * for backtesting a risk model.
 *
 * <p>Defaults: 1000 firms, 50 invoices per firm, seed 42, as of today, anomaly share 0.02. The same options give
 * byte-identical files (give {@code --as-of} to pin the date). It streams the invoices, so a million firms and fifty
 * million invoices need memory only for the firms and their trading pairs. See {@code docs/generate.md}.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes a synthetic data set (companies, ownership, cases, borrowers, invoices, planted "
                + "anomalies and default outcomes) as CSV files into --output.")
final class GenerateCommand implements Callable<Integer> {

    static final int MIN_COMPANIES = 50;
    static final int MAX_COMPANIES = 10_000_000;
    static final int INVOICES_PER_COMPANY = 50;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "DIR",
            description = "Folder to write into; created if missing.")
    Path output;

    @Option(
            names = "--companies",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Number of firms (default: ${DEFAULT-VALUE}).")
    int companies;

    @Option(names = "--invoices", paramLabel = "N", description = "Number of invoice rows (default: 50 per firm).")
    Long invoices;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "Last day of the 24 invoice months (default: today).")
    LocalDate asOf;

    @Option(
            names = "--anomaly-share",
            paramLabel = "F",
            defaultValue = "0.02",
            description = "Share of firms in planted anomalies (default: ${DEFAULT-VALUE}).")
    double anomalyShare;

    @Option(
            names = "--trade-loops",
            description =
                    "Ordinary trade also runs in loops, as in a real economy (each firm sells to three firms drawn by "
                            + "size and buys from three drawn at random), so most firms form one strongly connected component. "
                            + "Off by default: then ordinary trade has no cycles.")
    boolean tradeLoops;

    @Option(
            names = "--implausible-wave",
            paramLabel = "CLASS",
            description = "Also plant an implausible-goods wave: half of the selling firms of this GB/T 4754 class "
                    + "(e.g. 0151, fruit growers) invoice *钢材*螺纹钢 for three months (default: none).")
    String implausibleWave;

    @Option(
            names = "--distressed-anchors",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "Plant N anchors in distress (the N with the most direct suppliers): over the last six months "
                            + "they buy a third of their usual volume, become dishonest debtors and face enforcement, and their "
                            + "tier-1 suppliers selling them at least 20 %% of their sales default at 3x the rate of the other "
                            + "tier-1 suppliers (default: ${DEFAULT-VALUE}).")
    int distressedAnchors;

    @Option(
            names = "--write-health",
            description = "Also write hidden-health.csv (uscc, health, pd): each firm's hidden health and the default"
                    + " chance its outcome was drawn with, to measure a model against the oracle (backtest --oracle);"
                    + " the other files stay the same.")
    boolean writeHealth;

    @Override
    public Integer call() throws IOException {
        var started = System.nanoTime();
        var settings = settings();
        Files.createDirectories(output);
        var economy = Economy.draw(settings);
        var summaries = new ArrayList<FileSummary>();
        summaries.addAll(new RegistryWriter(economy, Draw.stream(seed, "registry")).write(output));
        var ownership = new OwnershipWriter(economy, Draw.stream(seed, "ownership"));
        summaries.addAll(ownership.write(output));
        summaries.add(new BorrowerWriter(economy, Draw.stream(seed, "borrowers")).write(output));
        summaries.addAll(new LitigationWriter(economy, ownership.representatives(), Draw.stream(seed, "litigation"))
                .write(output));
        summaries.add(new InvoiceWriter(economy, Draw.stream(seed, "invoices")).write(output, settings.invoices()));
        summaries.add(AnomalyWriter.write(output, economy));
        summaries.addAll(new OutcomeWriter(economy, Draw.stream(seed, "outcomes")).write(output, writeHealth));

        var out = spec.commandLine().getOut();
        for (var s : summaries) {
            out.println(String.format(Locale.ROOT, "%-24s %,12d rows", s.file(), s.rows()));
        }
        for (var d : economy.distressed().planted()) {
            var anchor = economy.company(d.anchor());
            out.println("Distressed anchor " + anchor.uscc() + " "
                    + anchor.name().full() + ": " + DistressedAnchors.detail(d, economy.window()));
        }
        out.println(String.format(
                Locale.ROOT,
                "Wrote %d files to %s in %.1f s (seed %d, as of %s).",
                summaries.size(),
                output,
                (System.nanoTime() - started) / 1e9,
                seed,
                settings.asOf()));
        out.flush();
        return 0;
    }

    private GenerateSettings settings() {
        if (companies < MIN_COMPANIES || companies > MAX_COMPANIES) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--companies must be between " + MIN_COMPANIES + " and " + MAX_COMPANIES + ", was " + companies);
        }
        long invoiceCount = invoices == null ? (long) INVOICES_PER_COMPANY * companies : invoices;
        if (invoiceCount < 0) {
            throw new ParameterException(spec.commandLine(), "--invoices must not be negative, was " + invoiceCount);
        }
        if (!(anomalyShare >= 0 && anomalyShare <= 0.5)) {
            throw new ParameterException(
                    spec.commandLine(), "--anomaly-share must be between 0 and 0.5, was " + anomalyShare);
        }
        if (implausibleWave != null && !ImplausibleWave.plantable(implausibleWave, IndustryGoods.bundled())) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--implausible-wave must be an industry class the generator "
                            + "uses whose firms do not deal in steel, was " + implausibleWave);
        }
        if (distressedAnchors < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--distressed-anchors must not be negative, was " + distressedAnchors);
        }
        return new GenerateSettings(
                companies,
                invoiceCount,
                seed,
                asOf == null ? BusinessDate.today() : asOf,
                anomalyShare,
                tradeLoops,
                implausibleWave,
                distressedAnchors);
    }
}
