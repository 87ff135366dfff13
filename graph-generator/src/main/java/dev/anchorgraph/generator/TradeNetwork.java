package dev.anchorgraph.generator;

import java.util.Arrays;

/**
 * Who sells to whom: one edge per trading pair, seller to buyer, in parallel primitive arrays (a million firms make a
 * few million edges). After {@link #index} each firm's outgoing and incoming edges can be listed.
 *
 * <p>Per edge: its weight (share of the invoice volume), its steadiness (chance to invoice in a given month) and the
 * median amount of one invoice.
 */
final class TradeNetwork {

    private int size;
    private int[] sellers = new int[1024];
    private int[] buyers = new int[1024];
    private float[] weights = new float[1024];
    private float[] steadiness = new float[1024];
    private float[] typicalYuan = new float[1024];
    private int[] outStart;
    private int[] outEdges;
    private int[] inStart;
    private int[] inEdges;

    void add(int seller, int buyer, double weight, double steady, double typical) {
        if (size == sellers.length) {
            int capacity = size * 2;
            sellers = Arrays.copyOf(sellers, capacity);
            buyers = Arrays.copyOf(buyers, capacity);
            weights = Arrays.copyOf(weights, capacity);
            steadiness = Arrays.copyOf(steadiness, capacity);
            typicalYuan = Arrays.copyOf(typicalYuan, capacity);
        }
        sellers[size] = seller;
        buyers[size] = buyer;
        weights[size] = (float) weight;
        steadiness[size] = (float) steady;
        typicalYuan[size] = (float) typical;
        size++;
    }

    int size() {
        return size;
    }

    int seller(int edge) {
        return sellers[edge];
    }

    int buyer(int edge) {
        return buyers[edge];
    }

    double weight(int edge) {
        return weights[edge];
    }

    double steadiness(int edge) {
        return steadiness[edge];
    }

    double typicalYuan(int edge) {
        return typicalYuan[edge];
    }

    /** Builds the per-firm edge lists (compressed rows); call once, after the last {@link #add}. */
    void index(int companies) {
        outStart = new int[companies + 1];
        inStart = new int[companies + 1];
        outEdges = new int[size];
        inEdges = new int[size];
        fill(sellers, outStart, outEdges);
        fill(buyers, inStart, inEdges);
    }

    int outDegree(int company) {
        return outStart[company + 1] - outStart[company];
    }

    /** The {@code i}-th edge on which {@code company} sells. */
    int outEdge(int company, int i) {
        return outEdges[outStart[company] + i];
    }

    int inDegree(int company) {
        return inStart[company + 1] - inStart[company];
    }

    int inEdge(int company, int i) {
        return inEdges[inStart[company] + i];
    }

    private void fill(int[] ends, int[] start, int[] edges) {
        for (int e = 0; e < size; e++) {
            start[ends[e] + 1]++;
        }
        for (int c = 1; c < start.length; c++) {
            start[c] += start[c - 1];
        }
        var next = Arrays.copyOf(start, start.length - 1);
        for (int e = 0; e < size; e++) {
            edges[next[ends[e]]++] = e;
        }
    }
}
