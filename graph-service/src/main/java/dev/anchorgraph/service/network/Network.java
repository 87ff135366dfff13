package dev.anchorgraph.service.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The network around a firm. {@code truncated} says, per expansion, how many relationships were left out by the
 * caps: at depth 1 from the firm itself, at depth 2 summed over the depth-1 nodes expanded.
 */
record Network(List<NetworkNode> nodes, List<NetworkEdge> edges, Truncated truncated) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Truncated(Map<String, Long> depth1, Map<String, Long> depth2) {}
}
