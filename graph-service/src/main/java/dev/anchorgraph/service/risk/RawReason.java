package dev.anchorgraph.service.risk;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;

/** A reason as the score step wrote it: code, points and evidence value, before any message is chosen. */
public record RawReason(String code, int points, String value) {

    /**
     * Zips the parallel lists {@code riskReasons}, {@code riskReasonPoints}, {@code riskReasonValues}. Codes are
     * interned: a few dozen codes repeat across every cached firm, and one copy of each keeps the cache small.
     */
    public static List<RawReason> zip(Value codes, Value points, Value values) {
        if (codes.isNull()) {
            return List.of();
        }
        var result = new ArrayList<RawReason>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            var p = i < points.size() && !points.get(i).isNull() ? points.get(i).asInt() : 0;
            var v = i < values.size() && !values.get(i).isNull() ? values.get(i).asString() : null;
            result.add(new RawReason(codes.get(i).asString().intern(), p, v));
        }
        return List.copyOf(result);
    }
}
