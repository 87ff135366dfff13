/**
 * The values the analytics write to Neo4j and graph-service reads back or serves: alert types, severities, fraud
 * pattern names and score-run statuses. Each is an enum whose {@code code()} is its stored and API spelling, and whose
 * {@code parse(code)} reads that spelling back and fails naming the values it knows.
 *
 * <p>Why one package here rather than one per feature: these are not features of graph-common but the vocabulary two
 * modules share (graph-analytics writes it, graph-service reads it), and keeping it together makes the whole stored
 * contract one place to review. What belongs to the risk model file itself (features, knock-outs, tiers) lives next
 * to {@link dev.anchorgraph.risk.RiskModel} in {@code dev.anchorgraph.risk}, because that file is where those names
 * are defined.
 */
package dev.anchorgraph.contract;
