package dev.anchorgraph.generator;

/** What one output file received. */
record FileSummary(String file, long rows) {}
