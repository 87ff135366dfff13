package dev.anchorgraph.generator;

import java.time.LocalDate;

/**
 * The options of one run: the same settings give byte-identical files.
 *
 * @param tradeLoops      whether ordinary trade also runs in loops ({@code --trade-loops}), so that most firms end up
 *                        in one strongly connected component as in a real economy; without it ordinary trade has no
 *                        cycles
 * @param implausibleWave industry class in half of whose firms an implausible-goods wave is planted
 *                        ({@link ImplausibleWave}), or {@code null} for none
 * @param distressedAnchors number of anchors planted in distress ({@link DistressedAnchors}), 0 for none
 */
record GenerateSettings(
        int companies,
        long invoices,
        long seed,
        LocalDate asOf,
        double anomalyShare,
        boolean tradeLoops,
        String implausibleWave,
        int distressedAnchors) {

    GenerateSettings(int companies, long invoices, long seed, LocalDate asOf, double anomalyShare) {
        this(companies, invoices, seed, asOf, anomalyShare, false, null);
    }

    GenerateSettings(
            int companies,
            long invoices,
            long seed,
            LocalDate asOf,
            double anomalyShare,
            boolean tradeLoops,
            String implausibleWave) {
        this(companies, invoices, seed, asOf, anomalyShare, tradeLoops, implausibleWave, 0);
    }
}
