package dev.anchorgraph.generator;

import java.io.IOException;
import java.util.random.RandomGenerator;

/**
 * The parties of a case. The opposing side follows the cause: banks sue over loans, people over wages and private
 * loans, and firms over sales, usually with a trading partner. About 40 % of firm parties come without USCC and
 * under a {@linkplain NameVariants variant} of their name, as court documents give them.
 */
final class CasePartyRows {

    private static final double WITHOUT_USCC = 0.4;

    private final Economy economy;
    private final int[] representatives;
    private final RandomGenerator r;

    CasePartyRows(Economy economy, int[] representatives, RandomGenerator r) {
        this.economy = economy;
        this.representatives = representatives;
        this.r = r;
    }

    void write(CsvOut out, String number, Company c, CaseKind kind, String cause, District district)
            throws IOException {
        var region = c.region();
        switch (kind) {
            case ADMINISTRATIVE -> {
                firm(out, number, c, "plaintiff");
                var authority = cause.startsWith("税务")
                        ? "国家税务总局" + region.city() + district.name() + "税务局"
                        : region.city() + district.name() + (cause.startsWith("市场") ? "市场监督管理局" : "人力资源和社会保障局");
                out.row(number, authority, "", "defendant");
            }
            case CRIMINAL -> {
                out.row(number, region.city() + district.name() + "人民检察院", "", "plaintiff");
                firm(out, number, c, "defendant");
                person(out, number, representatives[c.index()], "defendant");
            }
            case CIVIL -> {
                // Weak firms are usually the side that did not pay.
                boolean sued = cause.contains("借款") || Draw.chance(r, Health.suedChance(c.health()));
                opponent(out, number, c, cause, sued ? "plaintiff" : "defendant");
                firm(out, number, c, sued ? "defendant" : "plaintiff");
                if (Draw.chance(r, 0.08)) {
                    firm(out, number, economy.company(otherFirm(c)), "third_party");
                }
            }
            default -> {
                opponent(out, number, c, cause, "applicant");
                firm(out, number, c, "enforced_party");
                if (kind == CaseKind.CONSUMPTION_RESTRICTION) {
                    person(out, number, representatives[c.index()], "enforced_party");
                }
            }
        }
    }

    private void opponent(CsvOut out, String number, Company c, String cause, String role) throws IOException {
        if (cause.contains("金融借款") || cause.equals("借款合同纠纷") && Draw.chance(r, 0.7)) {
            out.row(number, Banks.branch(r, c.region(), true), "", role);
        } else if (cause.equals("劳动争议") || cause.equals("民间借贷纠纷")) {
            person(out, number, economy.people().draw(r, 0.05), role);
        } else {
            firm(out, number, economy.company(partner(c)), role);
        }
    }

    /** A trading partner of the firm when it has one, else any firm. */
    private int partner(Company c) {
        var trade = economy.trade();
        int out = trade.outDegree(c.index());
        int in = trade.inDegree(c.index());
        if (out + in == 0) {
            return otherFirm(c);
        }
        int i = r.nextInt(out + in);
        return i < out ? trade.buyer(trade.outEdge(c.index(), i)) : trade.seller(trade.inEdge(c.index(), i - out));
    }

    private int otherFirm(Company c) {
        int other = r.nextInt(economy.companies().size());
        return other == c.index() ? (other + 1) % economy.companies().size() : other;
    }

    private void firm(CsvOut out, String number, Company c, String role) throws IOException {
        if (Draw.chance(r, WITHOUT_USCC)) {
            out.row(number, NameVariants.draw(r, c), "", role);
        } else {
            out.row(number, c.name().full(), c.uscc(), role);
        }
    }

    private void person(CsvOut out, String number, int person, String role) throws IOException {
        out.row(number, economy.people().persons().name(person), "", role);
    }
}
