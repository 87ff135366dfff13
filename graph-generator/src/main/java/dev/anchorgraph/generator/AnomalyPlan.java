package dev.anchorgraph.generator;

import java.util.List;

/** The planted anomalies and their invoices, sorted by day. */
record AnomalyPlan(List<PlantedAnomaly> anomalies, List<PlannedInvoice> invoices) {}
