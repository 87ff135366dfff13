package dev.anchorgraph.service.watchlist;

import java.util.List;

/**
 * A user's watchlist, most recently added first.
 *
 * @param owner the user it belongs to, as the service authenticated them
 * @param limit how many firms a list may hold ({@code anchorgraph.watchlist.max-firms})
 */
record Watchlist(String owner, int count, int limit, List<WatchedFirm> firms) {}
