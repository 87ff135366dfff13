package dev.anchorgraph.service.search;

import java.util.List;

/**
 * @param query   what was searched for after normalisation (or the USCC), to show why these matched
 * @param matches best match first
 */
record SearchResult(String query, List<SearchHit> matches) {}
