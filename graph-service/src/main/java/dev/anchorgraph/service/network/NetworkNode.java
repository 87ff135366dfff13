package dev.anchorgraph.service.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.neo4j.driver.types.Node;

/**
 * A node of the network. A person is shown by pseudonymous id and name only: nothing else about people leaves
 * the service.
 *
 * @param id           USCC (company), pseudonymous id (person), case number (case), organisation key
 *                     (organisation) or party key (party)
 * @param kind         {@code company}, {@code person}, {@code case}, {@code organisation} (a holder or litigant
 *                     without a USCC, such as a foreign parent: docs/adr/0011) or {@code party} (a litigant not
 *                     resolved to a firm)
 * @param tier         a company's risk tier, when scored
 * @param anchor       for a company, whether it is an anchor
 * @param jurisdiction for an organisation, where it is registered (ISO 3166 code, or as the file wrote it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NetworkNode(String id, String kind, String label, String tier, Boolean anchor, String jurisdiction) {

    NetworkNode(String id, String kind, String label, String tier, Boolean anchor) {
        this(id, kind, label, tier, anchor, null);
    }

    static NetworkNode of(Node n) {
        if (n.hasLabel("Company")) {
            return new NetworkNode(
                    n.get("uscc").asString(),
                    "company",
                    n.get("name").asString(null),
                    n.get("riskTier").asString(null),
                    n.hasLabel("Anchor"));
        }
        if (n.hasLabel("Person")) {
            return new NetworkNode(
                    n.get("id").asString(), "person", n.get("name").asString(null), null, null);
        }
        if (n.hasLabel("Case")) {
            var caseNo = n.get("caseNo").asString();
            var kind = n.get("kind").asString(null);
            return new NetworkNode(caseNo, "case", kind == null ? caseNo : caseNo + " (" + kind + ")", null, null);
        }
        if (n.hasLabel("Organisation")) {
            return new NetworkNode(
                    n.get("key").asString(),
                    "organisation",
                    n.get("name").asString(null),
                    null,
                    null,
                    n.get("jurisdiction").asString(null));
        }
        return new NetworkNode(n.get("key").asString(), "party", n.get("name").asString(null), null, null);
    }
}
