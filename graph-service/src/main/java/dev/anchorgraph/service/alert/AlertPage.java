package dev.anchorgraph.service.alert;

import java.util.List;

/** A page of alerts, newest first; {@code nextCursor} is null on the last page. */
record AlertPage(List<Alert> alerts, String nextCursor) {}
