package dev.anchorgraph.service.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A firm whose name matched.
 *
 * @param score     risk score, absent when the firm is not scored
 * @param tier      risk tier, absent when the firm is not scored
 * @param relevance the full-text score (higher is a closer match); 1 for a lookup by USCC
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchHit(String uscc, String name, Integer score, String tier, double relevance) {}
