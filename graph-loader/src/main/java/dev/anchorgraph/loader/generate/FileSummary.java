package dev.anchorgraph.loader.generate;

/** What one output file received. */
record FileSummary(String file, long rows) {}
