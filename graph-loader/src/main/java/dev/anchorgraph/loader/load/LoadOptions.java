package dev.anchorgraph.loader.load;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How to load a folder.
 *
 * @param charset       encoding of every CSV file (UTF-8, or GB18030 for GBK-family exports); {@code null}: detected
 * @param columns       the user's column mapping file, or {@code null}
 * @param reportDir     where {@code load-report.json} and the rejects files go
 * @param batchSize     rows (or trade pairs) per transaction
 * @param maxRejectRate a file with a higher share of rejected rows is not written, and the load stops
 * @param windowMonths  months of per-month trade kept on each {@code SUPPLIES} relationship
 * @param asOf          end of the rolling window; {@code null}: the newest invoice's date
 * @param fxRates       the user's rates table for CNY equivalents; {@code null}: the shipped one
 */
public record LoadOptions(
        Path input,
        Charset charset,
        Path columns,
        Path reportDir,
        int batchSize,
        double maxRejectRate,
        int windowMonths,
        LocalDate asOf,
        Path fxRates) {}
