package dev.anchorgraph.analytics.fraud;

import java.util.Arrays;

/**
 * Strongly connected components of a directed graph given as compressed rows: Tarjan's algorithm (1972) written with
 * explicit stacks, so that its memory is a few arrays and its call depth one frame whatever the graph.
 *
 * <p>Why not JGraphT: its Gabow and Kosaraju strong-connectivity inspectors
 * recurse once per vertex on the depth-first path, and a real trade graph has one strongly connected component that
 * holds most active firms (goods and services flow in loops), whose depth-first path runs through most of them: a
 * 20,000-firm network already overflowed the default thread stack.
 *
 * <p>Method: a depth-first search keeps, per vertex, its discovery index and low-link (the smallest index reachable
 * through the vertices still on the component stack); a vertex whose low-link equals its index closes a component,
 * which is popped off the component stack. The call stack holds (vertex, next edge) pairs. Cost O(V + E) time and
 * 6 integers per vertex of memory. Components are numbered in the order they close (a reverse topological order of
 * the condensation); the result does not depend on anything but the rows' order, so it is deterministic.
 */
final class StrongComponents {

    private final int[] component;
    private final int[] sizes;

    /**
     * @param vertices number of vertices, {@code 0 … vertices - 1}
     * @param rowStart edges of vertex {@code v} are {@code rowStart[v] … rowStart[v + 1] - 1}
     * @param target   edge {@code e} runs to {@code target[e]}
     */
    StrongComponents(int vertices, int[] rowStart, int[] target) {
        component = new int[vertices];
        Arrays.fill(component, -1);
        var index = new int[vertices];
        Arrays.fill(index, -1);
        var low = new int[vertices];
        var open = new int[vertices];
        var callVertex = new int[vertices];
        var callEdge = new int[vertices];
        var counts = new int[vertices];
        int openTop = 0;
        int next = 0;
        int closed = 0;
        for (int root = 0; root < vertices; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            index[root] = low[root] = next++;
            open[openTop++] = root;
            callVertex[0] = root;
            callEdge[0] = rowStart[root];
            depth++;
            while (depth > 0) {
                int v = callVertex[depth - 1];
                int e = callEdge[depth - 1];
                if (e < rowStart[v + 1]) {
                    callEdge[depth - 1]++;
                    int w = target[e];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        open[openTop++] = w;
                        callVertex[depth] = w;
                        callEdge[depth] = rowStart[w];
                        depth++;
                    } else if (component[w] < 0) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                depth--;
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = open[--openTop];
                        component[w] = closed;
                        counts[closed]++;
                    } while (w != v);
                    closed++;
                }
                if (depth > 0) {
                    int parent = callVertex[depth - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        sizes = Arrays.copyOf(counts, closed);
    }

    int count() {
        return sizes.length;
    }

    /** The component of vertex {@code v}, {@code 0 … count() - 1}. */
    int of(int v) {
        if (v < 0 || v >= component.length) {
            throw new IllegalArgumentException("no vertex " + v + " in a graph of " + component.length);
        }
        return component[v];
    }

    /** Vertices in component {@code c}. */
    int size(int c) {
        return sizes[c];
    }

    /** Vertices in the largest component; 0 for an empty graph. */
    int largest() {
        return Arrays.stream(sizes).max().orElse(0);
    }
}
