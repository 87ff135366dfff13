package dev.anchorgraph.loader.load;

import java.util.List;

/**
 * The report of one load, written as {@code load-report.json} beside the rejects files.
 *
 * @param peakHeapMb the most heap the loader's JVM has used so far (all heap pools' peaks)
 * @param outcome {@code complete}, or {@code stopped} when a file's reject rate was over the limit
 */
public record LoadReport(
        String input,
        String reportDir,
        String neo4j,
        String startedAt,
        double seconds,
        long peakHeapMb,
        String outcome,
        String message,
        List<String> warnings,
        FxRatesUsed fxRates,
        List<FileReport> files) {

    /**
     * The rates table that gave capital in other currencies its CNY equivalent: the shipped one or the user's
     * ({@code --fx-rates}), with the date of its rates, so a reader of the graph knows what the equivalents mean.
     */
    public record FxRatesUsed(String table, String asOf, String source) {}

    public boolean complete() {
        return outcome.equals("complete");
    }
}
