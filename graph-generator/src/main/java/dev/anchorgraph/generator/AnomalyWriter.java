package dev.anchorgraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code planted-anomalies.csv}, the ground truth for fraud-detection tests, and for contagion tests the
 * {@linkplain DistressedAnchors anchors in distress} (the anchor first, then its dependent tier-1 suppliers).
 */
final class AnomalyWriter {

    static final String FILE = "planted-anomalies.csv";
    static final String[] HEADER = {"kind", "members", "detail"};

    private AnomalyWriter() {}

    static FileSummary write(Path dir, Economy economy) throws IOException {
        try (var out = CsvOut.open(dir, FILE, HEADER)) {
            for (var anomaly : economy.anomalies().anomalies()) {
                out.row(
                        anomaly.kind(),
                        anomaly.members().stream()
                                .map(m -> economy.company(m).uscc())
                                .collect(Collectors.joining(";")),
                        anomaly.detail());
            }
            for (var d : economy.distressed().planted()) {
                out.row(
                        PlantedAnomaly.DISTRESSED_ANCHOR,
                        Stream.concat(Stream.of(d.anchor()), d.dependents().stream())
                                .map(m -> economy.company(m).uscc())
                                .collect(Collectors.joining(";")),
                        DistressedAnchors.detail(d, economy.window()));
            }
            return out.summary();
        }
    }
}
