package dev.anchorgraph.service.prospect;

/** Risk tiers of the scorecard, best first: the ranking's first key is this order. */
enum Tier {
    A, B, C, D
}
