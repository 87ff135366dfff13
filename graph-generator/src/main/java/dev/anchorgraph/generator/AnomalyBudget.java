package dev.anchorgraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How many firms each kind of planted anomaly gets out of {@code --anomaly-share}, and how many invoices each kind may
 * add: at most a fifteenth of {@code --invoices} per kind, so planted trade never dominates a small data set.
 *
 * <p>About 30 % of the firms go into shell clusters (5–10 firms each; a remainder too small for a cluster joins the
 * rings), 30 % are sellers of implausible goods, the rest form circular-trading rings of 2–8 firms.
 */
record AnomalyBudget(
        List<Integer> ringSizes, int implausibleSellers, List<Integer> shellClusterSizes, long invoicesPerKind) {

    static final int MIN_CLUSTER = 5;
    static final int MAX_CLUSTER = 10;
    static final int MAX_RING = 8;

    static AnomalyBudget of(GenerateSettings settings, RandomGenerator r) {
        int firms = (int) Math.round(settings.companies() * settings.anomalyShare());
        int implausible = (int) Math.round(firms * 0.3);
        int shellsLeft = (int) Math.round(firms * 0.3);
        var clusters = new ArrayList<Integer>();
        while (shellsLeft >= MIN_CLUSTER) {
            int size = Math.min(shellsLeft, Draw.between(r, MIN_CLUSTER, MAX_CLUSTER));
            if (shellsLeft - size < MIN_CLUSTER && shellsLeft <= MAX_CLUSTER) {
                size = shellsLeft;
            }
            clusters.add(size);
            shellsLeft -= size;
        }
        int ringFirms = firms
                - implausible
                - clusters.stream().mapToInt(Integer::intValue).sum();
        var rings = new ArrayList<Integer>();
        while (ringFirms >= 2) {
            int size = Math.min(ringFirms, Draw.between(r, 2, MAX_RING));
            if (ringFirms - size == 1) {
                size = size == MAX_RING ? size - 1 : size + 1;
            }
            rings.add(size);
            ringFirms -= size;
        }
        return new AnomalyBudget(rings, implausible + ringFirms, clusters, settings.invoices() / 15);
    }
}
