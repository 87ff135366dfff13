package dev.anchorgraph.service.anchor;

import java.util.List;

/**
 * How one firm is tied to the anchors: its chains as the score step mapped them ({@code CHAIN_TO}).
 *
 * @param chains strongest first; empty when the firm is within 3 trade hops of no anchor
 */
record FirmChains(String uscc, String name, List<Chain> chains) {

    record Ref(String uscc, String name) {}

    /**
     * @param direction {@code upstream} (the firm's goods flow towards the anchor) or {@code downstream}
     * @param strength  product of the hop shares
     * @param links     from the firm to the anchor, hop by hop
     */
    record Chain(Ref anchor, String direction, int hops, double strength, List<Link> links) {}

    /**
     * @param share the share of this firm's 12-month sales going to the next link (upstream), or of its purchases
     *              coming from it (downstream); null for the anchor, the last link
     */
    record Link(String uscc, String name, Double share) {}
}
