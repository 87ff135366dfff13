package dev.anchorgraph.analytics.fraud;

import java.util.Arrays;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Trimming, the usual first step of strongly-connected-component algorithms on large graphs: a vertex without
 * incoming or without outgoing edges is on no cycle, so it is removed with its edges, repeatedly, until every
 * remaining vertex has both. Works on primitive edge arrays so that a graph of millions of edges costs a few
 * arrays; O(V + E).
 */
final class Trim {

    private final int vertices;
    private final int[] from;
    private final int[] to;

    /** Edge {@code e} runs from {@code from[e]} to {@code to[e]}, vertices numbered from 0. */
    Trim(int vertices, int[] from, int[] to) {
        this.vertices = vertices;
        this.from = from;
        this.to = to;
    }

    /** Per edge: whether it survives. */
    boolean[] liveEdges() {
        int[] outDegree = new int[vertices];
        int[] inDegree = new int[vertices];
        for (int e = 0; e < from.length; e++) {
            outDegree[from[e]]++;
            inDegree[to[e]]++;
        }
        int[] outStart = starts(outDegree);
        int[] inStart = starts(inDegree);
        int[] outEdges = new int[from.length];
        int[] inEdges = new int[from.length];
        int[] outFill = outStart.clone();
        int[] inFill = inStart.clone();
        for (int e = 0; e < from.length; e++) {
            outEdges[outFill[from[e]]++] = e;
            inEdges[inFill[to[e]]++] = e;
        }
        var live = new boolean[from.length];
        Arrays.fill(live, true);
        var removed = new boolean[vertices];
        var queue = new IntArrayList();
        for (int v = 0; v < vertices; v++) {
            if (outDegree[v] == 0 || inDegree[v] == 0) {
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.removeAtIndex(queue.size() - 1);
            if (removed[v]) {
                continue;
            }
            removed[v] = true;
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                int e = outEdges[i];
                if (live[e]) {
                    live[e] = false;
                    if (--inDegree[to[e]] == 0) {
                        queue.add(to[e]);
                    }
                }
            }
            for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                int e = inEdges[i];
                if (live[e]) {
                    live[e] = false;
                    if (--outDegree[from[e]] == 0) {
                        queue.add(from[e]);
                    }
                }
            }
        }
        return live;
    }

    private static int[] starts(int[] degree) {
        var start = new int[degree.length + 1];
        for (int v = 0; v < degree.length; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        return start;
    }
}
