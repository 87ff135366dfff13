package dev.anchorgraph.service.alert;

import dev.anchorgraph.service.risk.Language;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** An alert as stored, with its message in both languages; {@link #in} picks one for an answer. */
record StoredAlert(Alert alert, String messageEn, String messageZh) {

    Alert in(Language language) {
        var a = alert;
        return new Alert(
                a.id(),
                a.seq(),
                a.type(),
                a.severity(),
                a.uscc(),
                a.name(),
                a.raisedAt(),
                a.asOf(),
                a.run(),
                language == Language.ZH ? messageZh : messageEn,
                a.evidence(),
                a.acknowledged(),
                a.acknowledgedAt(),
                a.acknowledgedBy(),
                a.acknowledgedNote());
    }

    long seq() {
        return alert.seq();
    }

    /** From a record with the alert node as {@code a} and the firm's name as {@code name}. */
    static StoredAlert of(Record r, Function<String, Map<String, Object>> json) {
        Node a = r.get("a").asNode();
        var alert = new Alert(
                a.get("id").asString(),
                a.get("seq").asLong(),
                a.get("type").asString(),
                a.get("severity").asString(),
                a.get("uscc").asString(),
                string(r.get("name")),
                a.get("raisedAt").asOffsetDateTime(),
                a.get("asOf").isNull() ? null : a.get("asOf").asLocalDate(),
                string(a.get("run")),
                null,
                json.apply(string(a.get("evidence"))),
                a.get("acknowledged").asBoolean(false),
                a.get("acknowledgedAt").isNull()
                        ? null
                        : a.get("acknowledgedAt").asOffsetDateTime(),
                string(a.get("acknowledgedBy")),
                string(a.get("acknowledgedNote")));
        return new StoredAlert(alert, string(a.get("messageEn")), string(a.get("messageZh")));
    }

    private static String string(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
