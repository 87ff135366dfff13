package dev.anchorgraph.service.watchlist;

import java.time.Instant;

/**
 * A firm on a user's watchlist, with what a relationship manager looks at first.
 *
 * @param tier     the current risk tier; null with insufficient data or unscored ({@code status} says which)
 * @param borrower whether the firm already borrows ({@code :Borrower}); borrowers are monitored anyway
 * @param addedAt  when the user put it on the list
 */
record WatchedFirm(
        String uscc, String name, String tier, Integer score, String status, boolean borrower, Instant addedAt) {}
