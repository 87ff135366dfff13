package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.risk.Feature;
import java.util.Map;

/** One firm to fit on or validate with: its feature values (absent = no value) and whether it defaulted. */
record FitFirm(String uscc, Map<Feature, Double> values, boolean defaulted) {}
