package dev.anchorgraph.loader.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.graph.ImportGraph;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry files' write descriptions, as the Cypher a transactional load runs and on a bulk load's graph. */
class WritesTest {

    @Test
    void aCompanyIsMergedByUsccWithItsFactsAndOneLinkToItsIndustry() {
        assertThat(new Companies().write().cypher()).isEqualTo("""
                UNWIND $rows AS row
                MERGE (c:Company {uscc: row.uscc})
                SET c += row.props
                WITH *
                CALL (c, row) {
                  MATCH (c)-[old:IN_INDUSTRY]->(other:Industry)
                  WHERE row.props.industryCode IS NULL OR other.code <> row.props.industryCode
                  DELETE old
                }
                CALL (c, row) {
                  MATCH (other:Industry {code: row.props.industryCode})
                  MERGE (c)-[:IN_INDUSTRY]->(other)
                }
                RETURN count(*) AS written
                """);
    }

    @Test
    void aShareholderIsAPersonOrACompanyAndAHoldingCompanyIsCreatedOnlyOnce() {
        assertThat(new Shareholders().write().cypher()).isEqualTo("""
                UNWIND $rows AS row
                MATCH (c:Company {uscc: row.company})
                CALL (row) {
                  UNWIND CASE WHEN row.personId IS NOT NULL THEN [row] ELSE [] END AS r
                  MERGE (h:Person {id: r.personId})
                  SET h.name = r.holderName
                  RETURN h
                  UNION
                  UNWIND CASE WHEN row.companyUscc IS NOT NULL THEN [row] ELSE [] END AS r
                  MERGE (h:Company {uscc: r.companyUscc})
                  ON CREATE SET h.name = r.holderName, h.usccValid = r.holderUsccValid, h.region = r.holderRegion, h.source = r.holderSource
                  RETURN h
                  UNION
                  UNWIND CASE WHEN row.organisationKey IS NOT NULL THEN [row] ELSE [] END AS r
                  MERGE (h:Organisation {key: r.organisationKey})
                  ON CREATE SET h.name = r.holderName, h.jurisdiction = r.holderJurisdiction, h.registrationNo = r.holderRegistrationNo, h.usccMissing = r.usccMissing, h.source = r.holderSource
                  RETURN h
                }
                MERGE (h)-[s:HOLDS_SHARES]->(c)
                SET s.stake = row.stake, s.subscribedCapital = row.subscribedCapital, s.subscribedCapitalAmount = row.subscribedCapitalAmount, s.subscribedCapitalCurrency = row.subscribedCapitalCurrency, s.since = row.since
                RETURN count(*) AS written
                """);

        var graph = new ImportGraph();
        graph.merge("Company", "uscc", "91440300MA5DKT0014").set("name", "甲");
        var known = graph.merge("Company", "uscc", "91440300MA5DKT0128");
        known.set("name", "乙 from companies.csv");
        var shareholders = new Shareholders();
        var write = shareholders.write();
        write.apply(shareholders.parameters(holding("person", "P1", "张三", 0.6)), graph);
        write.apply(shareholders.parameters(holding("company", "91440300MA5DKT0128", "乙", 0.3)), graph);
        write.apply(shareholders.parameters(holding("company", "91310000MA1FL0AB2X", "丙", 0.1)), graph);

        assertThat(graph.find("Person", "P1").properties()).isEqualTo(Map.of("id", "P1", "name", "张三"));
        assertThat(known.properties()).isEqualTo(Map.of("uscc", "91440300MA5DKT0128", "name", "乙 from companies.csv"));
        assertThat(graph.find("Company", "91310000MA1FL0AB2X").properties())
                .isEqualTo(Map.of(
                        "uscc",
                        "91310000MA1FL0AB2X",
                        "name",
                        "丙",
                        "usccValid",
                        true,
                        "region",
                        "310000",
                        "source",
                        "shareholders"));
        var stakes = new HashMap<String, Object>();
        graph.relationships()
                .forEachRemaining(r -> stakes.put(
                        (String) r.start()
                                .properties()
                                .getOrDefault("uscc", r.start().get("id")),
                        r.properties().get("stake")));
        assertThat(stakes).isEqualTo(Map.of("P1", 0.6, "91440300MA5DKT0128", 0.3, "91310000MA1FL0AB2X", 0.1));
    }

    @Test
    void twoMentionsOfOneForeignHolderAreOneOrganisationAndTwoDifferentHoldersAreTwo() {
        var graph = new ImportGraph();
        graph.merge("Company", "uscc", "91440300MA5DKT0014");
        graph.merge("Company", "uscc", "91440300MA5DKT0128");
        var shareholders = new Shareholders();
        var write = shareholders.write();
        var acme = organisation("HK", null, "Acme Holdings Limited");
        write.apply(shareholders.parameters(foreign("91440300MA5DKT0014", "Acme Holdings Limited", acme)), graph);
        // the same holder written in another case and spacing, holding a second firm
        var again = organisation("HK", null, "ACME HOLDINGS  LIMITED.");
        write.apply(shareholders.parameters(foreign("91440300MA5DKT0128", "ACME HOLDINGS  LIMITED.", again)), graph);
        // a different holder with a similar name, and one registered elsewhere under the same name
        var other = organisation("HK", null, "Acme Holding Limited");
        write.apply(shareholders.parameters(foreign("91440300MA5DKT0014", "Acme Holding Limited", other)), graph);
        var cayman = organisation("KY", null, "Acme Holdings Limited");
        write.apply(shareholders.parameters(foreign("91440300MA5DKT0014", "Acme Holdings Limited", cayman)), graph);

        assertThat(again.key()).isEqualTo(acme.key());
        assertThat(graph.keys("Organisation")).containsExactlyInAnyOrder(acme.key(), other.key(), cayman.key());
        var node = graph.find("Organisation", acme.key());
        assertThat(node.properties())
                .containsEntry("name", "Acme Holdings Limited")
                .containsEntry("jurisdiction", "HK")
                .containsEntry("usccMissing", true);
        var held = new java.util.ArrayList<String>();
        graph.relationships().forEachRemaining(r -> {
            if (r.start() == node) {
                held.add((String) r.end().get("uscc"));
            }
        });
        assertThat(held).containsExactlyInAnyOrder("91440300MA5DKT0014", "91440300MA5DKT0128");
    }

    @Test
    void aForeignRegistrationNumberKeysTheOrganisationWhateverItsNameIsWritten() {
        assertThat(organisation("HK", "1234567", "Acme Holdings Limited").key())
                .isEqualTo(organisation("HK", "12345 67", "亚克美控股有限公司").key())
                .isNotEqualTo(
                        organisation("HK", "1234568", "Acme Holdings Limited").key());
    }

    private static Shareholders.Organisation organisation(String jurisdiction, String number, String name) {
        return new Shareholders.Organisation(
                dev.anchorgraph.loader.resolve.OrganisationKey.of(jurisdiction, number, name), jurisdiction, number);
    }

    private static Shareholders.Holding foreign(String company, String name, Shareholders.Organisation organisation) {
        return new Shareholders.Holding(company, "company", null, false, name, organisation, 0.5, null, null);
    }

    private static Shareholders.Holding holding(String type, String id, String name, double stake) {
        return new Shareholders.Holding("91440300MA5DKT0014", type, id, true, name, null, stake, null, null);
    }
}
