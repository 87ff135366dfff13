package dev.anchorgraph.generator;

/** An invoice of a planted anomaly, fixed before the ordinary invoices are drawn; {@code day} indexes the window. */
record PlannedInvoice(int day, int seller, int buyer, long cents, GoodsCategory category, int item) {}
