package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrongComponentsTest {

    /** Compressed rows from an edge list {@code from, to, from, to, …}. */
    static StrongComponents of(int vertices, int... edges) {
        var rowStart = new int[vertices + 1];
        for (int i = 0; i < edges.length; i += 2) {
            rowStart[edges[i] + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            rowStart[v + 1] += rowStart[v];
        }
        var fill = rowStart.clone();
        var target = new int[edges.length / 2];
        for (int i = 0; i < edges.length; i += 2) {
            target[fill[edges[i]]++] = edges[i + 1];
        }
        return new StrongComponents(vertices, rowStart, target);
    }

    @Test
    void aHandWorkedGraphSplitsIntoItsComponents() {
        // 0 -> 1 -> 2 -> 0 is one loop, 3 <-> 4 another, 2 -> 3 joins them one way, 5 only buys
        var scc = of(6, 0, 1, 1, 2, 2, 0, 2, 3, 3, 4, 4, 3, 4, 5);
        assertThat(scc.count()).isEqualTo(3);
        assertThat(scc.of(0)).isEqualTo(scc.of(1)).isEqualTo(scc.of(2));
        assertThat(scc.of(3)).isEqualTo(scc.of(4)).isNotEqualTo(scc.of(0));
        assertThat(scc.size(scc.of(0))).isEqualTo(3);
        assertThat(scc.size(scc.of(5))).isEqualTo(1);
        assertThat(scc.largest()).isEqualTo(3);
        // components close in reverse topological order: 5 first, then 3-4, then 0-1-2
        assertThat(scc.of(5)).isLessThan(scc.of(3));
        assertThat(scc.of(3)).isLessThan(scc.of(0));
    }

    @Test
    void theEmptyGraphHasNoComponents() {
        var scc = of(0);
        assertThat(scc.count()).isZero();
        assertThat(scc.largest()).isZero();
    }

    @Test
    void anUnknownVertexIsRefused() {
        assertThatThrownBy(() -> of(2, 0, 1).of(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no vertex 2");
    }

    @Test
    void aCycleOfAMillionVerticesIsOneComponentOnTheDefaultThreadStack() throws Exception {
        int n = 1_000_000;
        var edges = new int[2 * n];
        for (int v = 0; v < n; v++) {
            edges[2 * v] = v;
            edges[2 * v + 1] = (v + 1) % n;
        }
        var largest = new int[1];
        // a thread of its own: the main thread's stack is larger than the 1 MB a worker thread gets by default
        var worker = new Thread(() -> largest[0] = of(n, edges).largest());
        worker.start();
        worker.join();
        assertThat(largest[0]).isEqualTo(n);
    }
}
