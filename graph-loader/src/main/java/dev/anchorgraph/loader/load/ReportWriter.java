package dev.anchorgraph.loader.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The load report as {@code load-report.json}, and as a table on the console. */
public final class ReportWriter {

    static final String FILE_NAME = "load-report.json";

    private ReportWriter() {}

    public static Path write(LoadReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            var file = dir.resolve(FILE_NAME);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void print(LoadReport report, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%n%-18s %-15s %10s %10s %8s %9s %10s %8s %10s%n",
                "file",
                "status",
                "read",
                "loaded",
                "flagged",
                "rejected",
                "written",
                "seconds",
                "read/s");
        for (var f : report.files()) {
            out.printf(
                    Locale.ROOT,
                    "%-18s %-15s %,10d %,10d %,8d %,9d %,10d %8.2f %,10.0f%n",
                    f.file(),
                    f.status(),
                    f.rowsRead(),
                    f.loaded(),
                    f.flagged(),
                    f.rejected(),
                    f.written(),
                    f.seconds(),
                    f.validateSeconds() > 0 ? f.rowsRead() / f.validateSeconds() : 0.0);
            if (f.source() != null) {
                var source = f.source();
                out.printf(Locale.ROOT, "%20s read %s as %s%n", "", source.file(), source.format());
                if (source.lineItems() != null) {
                    out.printf(Locale.ROOT, "%20s goods names from line items in %s%n", "", source.lineItems());
                }
                out.printf(Locale.ROOT, "%20s columns used: %s%n", "", String.join(", ", source.usedColumns()));
                if (!source.ignoredColumns().isEmpty()) {
                    out.printf(
                            Locale.ROOT, "%20s columns ignored: %s%n", "", String.join(", ", source.ignoredColumns()));
                }
            }
            f.flags().forEach((k, v) -> out.printf(Locale.ROOT, "%20s flagged %s: %,d%n", "", k, v));
            f.rejects().forEach((k, v) -> out.printf(Locale.ROOT, "%20s rejected %s: %,d%n", "", k, v));
            f.details().forEach((k, v) -> out.printf(Locale.ROOT, "%20s %s: %,d%n", "", k, v));
            if (f.resumedFrom() > 0) {
                out.printf(
                        Locale.ROOT,
                        "%20s resumed after %,d units committed by an interrupted run%n",
                        "",
                        f.resumedFrom());
            }
            if (f.rejectsFile() != null) {
                out.printf(Locale.ROOT, "%20s rejects: %s%n", "", f.rejectsFile());
            }
            if (f.message() != null) {
                out.printf(Locale.ROOT, "%20s %s%n", "", f.message());
            }
        }
        out.printf(
                Locale.ROOT,
                "%nLoad %s in %.1f s, peak heap %,d MB. Report: %s%n",
                report.outcome(),
                report.seconds(),
                report.peakHeapMb(),
                Path.of(report.reportDir()).resolve(FILE_NAME));
        if (report.fxRates() != null) {
            out.printf(
                    Locale.ROOT,
                    "Capital in other currencies: CNY equivalents at the rates of %s (%s; --fx-rates to replace).%n",
                    report.fxRates().asOf(),
                    report.fxRates().table());
        }
        if (report.message() != null) {
            out.println("Stopped: " + report.message());
        }
    }
}
