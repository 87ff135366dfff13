package dev.anchorgraph.analytics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

class ChainStrengthTest {

    static SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> graph(Object... edges) {
        var g = new SimpleDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        for (int i = 0; i < edges.length; i += 3) {
            g.addVertex((String) edges[i]);
            g.addVertex((String) edges[i + 1]);
            g.setEdgeWeight(g.addEdge((String) edges[i], (String) edges[i + 1]), (double) edges[i + 2]);
        }
        return g;
    }

    @Test
    void theWorkedExampleFromTheBriefIsPointTwoFour() {
        // X sells 40 % of its output to Y, which sells 60 % of its output to anchor Z
        var chains = new ChainStrength<>(graph("X", "Y", 0.4, "Y", "Z", 0.6), "Z", 3);
        var x = chains.chain("X").orElseThrow();
        assertThat(x.strength()).isCloseTo(0.24, within(1e-12));
        assertThat(x.path()).containsExactly("X", "Y", "Z");
        assertThat(x.hopShares()).containsExactly(0.4, 0.6);
        assertThat(x.hops()).isEqualTo(2);
    }

    @Test
    void theStrongestChainNeedNotBeTheNearest() {
        // X sells 5 % straight to Z, but 90 % to Y, which sells 90 % to Z: 0.81 beats 0.05; nearest is still 1 hop
        var chains = new ChainStrength<>(graph("X", "Z", 0.05, "X", "Y", 0.9, "Y", "Z", 0.9), "Z", 3);
        var x = chains.chain("X").orElseThrow();
        assertThat(x.strength()).isCloseTo(0.81, within(1e-12));
        assertThat(x.path()).containsExactly("X", "Y", "Z");
        assertThat(x.hops()).isEqualTo(1);
    }

    @Test
    void chainsLongerThanMaxHopsDoNotCount() {
        var chains = new ChainStrength<>(graph("A", "B", 1.0, "B", "C", 1.0, "C", "D", 1.0, "D", "Z", 1.0), "Z", 3);
        assertThat(chains.chain("B")).isPresent();
        assertThat(chains.chain("A")).isEmpty();
    }

    @Test
    void anEmptyGraphHasNoChains() {
        assertThat(new ChainStrength<>(graph(), "Z", 3).chain("X")).isEmpty();
    }

    @Test
    void anUnknownFirmOrTheAnchorItselfHasNoChain() {
        var chains = new ChainStrength<>(graph("X", "Z", 0.5), "Z", 3);
        assertThat(chains.chain("nobody")).isEmpty();
        assertThat(chains.chain("Z")).isEmpty();
        assertThat(new ChainStrength<>(graph("X", "Y", 0.5), "Z", 3).chain("X")).isEmpty();
    }

    @Test
    void tiesAreBrokenTheSameWayEveryRun() {
        var g = graph("X", "A", 0.5, "X", "B", 0.5, "A", "Z", 1.0, "B", "Z", 1.0);
        var first = new ChainStrength<>(g, "Z", 3).chain("X").orElseThrow().path();
        for (int i = 0; i < 5; i++) {
            assertThat(new ChainStrength<>(g, "Z", 3).chain("X").orElseThrow().path())
                    .isEqualTo(first);
        }
        assertThat(first).hasSize(3).isIn(List.of("X", "A", "Z"), List.of("X", "B", "Z"));
    }
}
