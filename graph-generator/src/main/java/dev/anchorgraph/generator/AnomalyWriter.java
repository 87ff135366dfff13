package dev.anchorgraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Writes {@code planted-anomalies.csv}, the ground truth for fraud-detection tests. */
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
            return out.summary();
        }
    }
}
