package dev.anchorgraph.generator;

/** A county-level division: its 6-digit code goes into USCCs, its court into case numbers. */
record District(String code, String name) {}
