package dev.anchorgraph.control;

import dev.anchorgraph.control.OwnershipGraph.Holding;
import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.ArrayList;
import java.util.List;

/**
 * The real-shaped group of examples/real-shaped/ownership (docs/adr/0014, worked example), in memory: an overseas
 * parent (KY) owns 100 % of the investment arm HQ1, which holds 62.5 % of the construction group HQ2; a Hong Kong
 * company holds 55.24 % of the operator OP3 and 30 % of RB4; logistics LG5 and port services PT6 hold each other;
 * a fund holds 49 % of BM7; two officers named 刘洋 are general managers of RB4 and BM7.
 */
final class ControlFixture {

    static final Party KY = org("name/KY/haiqiaogroupholdingsltd", "Haiqiao Group Holdings Ltd.");
    static final Party HK = org("reg/HK/2345678", "海桥基建(香港)有限公司");
    static final Party FUND = org("name/KY/harbourbridgepartnersfundlp", "Harbour Bridge Partners Fund L.P.");
    static final Party CHEN = person("ID-HQ-0101", "陈海明");
    static final Party HQ1 = company("91440300MA5HQ00019", "海桥(中国)投资有限公司");
    static final Party HQ2 = company("91440300MA5HQ0002C", "海桥桥梁建设集团有限公司");
    static final Party OP3 = company("91440400MA5HQ0003L", "珠澳海桥大桥运营有限公司");
    static final Party RB4 = company("91440400MA5HQ0004P", "海桥路桥工程有限公司");
    static final Party LG5 = company("91440300MA5HQ0005M", "海桥物流发展有限公司");
    static final Party PT6 = company("91440300MA5HQ0006Q", "海桥港口服务有限公司");
    static final Party BM7 = company("91440300MA5HQ0007U", "海桥建材贸易有限公司");
    static final Party LIU_A = person("ID-HQ-04A", "刘洋");
    static final Party LIU_B = person("ID-HQ-04B", "刘洋");

    static final List<Holding> HOLDINGS = List.of(
            new Holding(KY, HQ1, 1.0),
            new Holding(HQ1, HQ2, 0.625),
            new Holding(CHEN, HQ2, 0.05),
            new Holding(HK, OP3, 0.5524),
            new Holding(HQ2, OP3, 0.4476),
            new Holding(HQ2, RB4, 0.70),
            new Holding(HK, RB4, 0.30),
            new Holding(HQ2, LG5, 0.80),
            new Holding(PT6, LG5, 0.20),
            new Holding(LG5, PT6, 0.15),
            new Holding(RB4, PT6, 0.85),
            new Holding(LG5, BM7, 0.51),
            new Holding(FUND, BM7, 0.49));

    static final List<BeneficialOwners.Officer> OFFICERS = List.of(
            new BeneficialOwners.Officer(RB4.key(), LIU_A, "general_manager"),
            new BeneficialOwners.Officer(BM7.key(), LIU_B, "general_manager"),
            new BeneficialOwners.Officer(OP3.key(), person("ID-HQ-03A", "张伟"), "supervisor"),
            new BeneficialOwners.Officer(OP3.key(), person("ID-HQ-07B", "赵磊"), "director"));

    static OwnershipGraph graph() {
        return OwnershipGraph.of(HOLDINGS);
    }

    /** A graph of holdings written {@code holder, held, stake, holder, held, stake, …}; a null stake is unknown. */
    static OwnershipGraph graph(Object... triples) {
        var holdings = new ArrayList<Holding>();
        for (int i = 0; i < triples.length; i += 3) {
            holdings.add(new Holding((Party) triples[i], (Party) triples[i + 1], (Double) triples[i + 2]));
        }
        return OwnershipGraph.of(holdings);
    }

    static Party company(String uscc, String name) {
        return new Party(Kind.COMPANY, uscc, name);
    }

    static Party person(String id, String name) {
        return new Party(Kind.PERSON, id, name);
    }

    static Party org(String key, String name) {
        return new Party(Kind.ORGANISATION, key, name);
    }

    private ControlFixture() {}
}
