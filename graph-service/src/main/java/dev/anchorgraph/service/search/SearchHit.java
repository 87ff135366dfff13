package dev.anchorgraph.service.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A firm whose name matched.
 *
 * @param score     risk score, absent when the firm is not scored
 * @param tier      risk tier, absent when the firm is not scored
 * @param relevance the full-text score (higher is a closer match), weighed down for a match by legal
 *                  representative (× 0.8) or address (× 0.5); 1 for a lookup by USCC
 * @param matchedOn what matched: {@code name}, {@code legalRepresentative}, {@code address}, {@code uscc} or
 *                  {@code usccPrefix}
 * @param via       the legal representative's name or the address that matched; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchHit(
        String uscc, String name, Integer score, String tier, double relevance, String matchedOn, String via) {}
