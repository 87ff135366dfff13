package dev.anchorgraph.loader.generate;

import java.time.LocalDate;

/** The options of one run: the same settings give byte-identical files. */
record GenerateSettings(int companies, long invoices, long seed, LocalDate asOf, double anomalyShare) {}
