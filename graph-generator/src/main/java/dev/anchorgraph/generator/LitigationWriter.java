package dev.anchorgraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes {@code cases.csv} and {@code case_parties.csv}: about one firm in twenty has court records, revoked and
 * cancelled firms far more often, and weak firms (by their hidden {@link Health}) more often, more recently and more
 * often as the enforced party or the defendant. Case numbers read {@code (2024)粤0305民初12345号}: filing year, province
 * abbreviation and court code of the firm's district, docket type, and a number counted per court, year and type.
 */
final class LitigationWriter {

    static final String[] CASES = {"case_no", "court", "cause", "kind", "filed_on", "closed_on", "amount", "status"};
    static final String[] PARTIES = {"case_no", "party_name", "party_uscc", "role"};
    private static final int LOOKBACK_DAYS = 5 * 365;

    private final Economy economy;
    private final RandomGenerator r;
    private final CasePartyRows parties;
    private final Map<String, Integer> lastNumbers = new HashMap<>();

    LitigationWriter(Economy economy, int[] representatives, RandomGenerator r) {
        this.economy = economy;
        this.r = r;
        this.parties = new CasePartyRows(economy, representatives, r);
    }

    List<FileSummary> write(Path dir) throws IOException {
        try (var cases = CsvOut.open(dir, "cases.csv", CASES);
                var rows = CsvOut.open(dir, "case_parties.csv", PARTIES)) {
            for (var c : economy.companies()) {
                double share = c.status() != Status.ACTIVE ? 0.25 : c.scale() == Scale.LARGE ? 0.15 : 0.04;
                if (c.role() != Role.ANCHOR) {
                    share = Math.min(0.9, share * Health.litigationFactor(c.health()));
                }
                if (Draw.chance(r, share)) {
                    for (int n = Draw.paretoCount(r, 1.8, 8); n > 0; n--) {
                        writeCase(cases, rows, c);
                    }
                }
            }
            // After the ordinary cases, so that without anchors in distress nothing else is drawn.
            for (var d : economy.distressed().planted()) {
                writeDistress(cases, rows, d);
            }
            return List.of(cases.summary(), rows.summary());
        }
    }

    private void writeCase(CsvOut cases, CsvOut rows, Company c) throws IOException {
        var asOf = economy.window().asOf();
        long earliest = Math.max(
                c.foundedOn().plusDays(60).toEpochDay(),
                asOf.minusDays(LOOKBACK_DAYS).toEpochDay());
        if (earliest >= asOf.toEpochDay()) {
            return;
        }
        // Weak firms' disputes pile up in the last years, healthy firms' cases lie further back.
        long span = asOf.toEpochDay() - earliest;
        var filed = asOf.minusDays(1 + (long) ((span - 1) * Math.pow(r.nextDouble(), Health.recency(c.health()))));
        var kind = Draw.chance(r, Health.enforcementTilt(c.health())) ? CaseKind.drawEnforcement(r) : CaseKind.draw(r);
        var district =
                Draw.chance(r, 0.75) ? c.district() : Draw.pick(r, c.region().districts());
        boolean appeal = kind == CaseKind.CIVIL && Draw.chance(r, 0.2);
        var court = appeal ? c.region().appealCourt() : c.region().court(district);
        var courtCode =
                appeal ? c.region().appealCourtCode(district) : c.region().courtCode(district);
        var docket = appeal ? "民终" : kind.enforcement() && Draw.chance(r, 0.15) ? "执恢" : kind.docket;
        var number = "(" + filed.getYear() + ")" + courtCode + docket + nextNumber(courtCode + filed.getYear() + docket)
                + "号";
        var closed = closedOn(kind, filed, asOf);
        var cause = kind.cause(r);
        cases.row(
                number,
                court,
                cause,
                kind.label,
                filed.toString(),
                closed == null ? "" : closed.toString(),
                amount(kind),
                status(kind, closed != null));
        parties.write(rows, number, c, kind, cause, district);
    }

    /**
     * The court cases of an {@linkplain DistressedAnchors anchor in distress}, all open at the as-of date: the
     * dishonest-debtor listing (applied for by a supplier it has not paid) and the enforcement cases behind it, at
     * the court of its district, for large sums, the anchor named with its USCC as the enforced party.
     */
    private void writeDistress(CsvOut cases, CsvOut rows, DistressedAnchors.Distress d) throws IOException {
        var anchor = economy.company(d.anchor());
        var filings = new ArrayList<LocalDate>(d.enforcements());
        filings.add(d.debtorSince());
        for (int i = 0; i < filings.size(); i++) {
            var kind = i == filings.size() - 1 ? CaseKind.DISHONEST_DEBTOR : CaseKind.ENFORCEMENT;
            var filed = filings.get(i);
            var courtCode = anchor.region().courtCode(anchor.district());
            var number = "(" + filed.getYear() + ")" + courtCode + kind.docket
                    + nextNumber(courtCode + filed.getYear() + kind.docket) + "号";
            var trade = economy.trade();
            int in = trade.inDegree(d.anchor());
            int supplier = in == 0 ? -1 : trade.seller(trade.inEdge(d.anchor(), r.nextInt(in)));
            var cause = supplier < 0 || Draw.chance(r, 0.3) ? "金融借款合同纠纷" : "买卖合同纠纷";
            var cents = Math.round(Draw.logNormal(r, 50_000_000, 0.8) * 100);
            cases.row(
                    number,
                    anchor.region().court(anchor.district()),
                    cause,
                    kind.label,
                    filed.toString(),
                    "",
                    Formats.money(cents),
                    "执行中");
            if (cause.startsWith("金融")) {
                rows.row(number, Banks.branch(r, anchor.region(), true), "", "applicant");
            } else {
                var s = economy.company(supplier);
                rows.row(number, s.name().full(), s.uscc(), "applicant");
            }
            rows.row(number, anchor.name().full(), anchor.uscc(), "enforced_party");
        }
    }

    /** Numbers run up through the year at each court; the first one seen starts somewhere in the year's run. */
    private int nextNumber(String key) {
        return lastNumbers.merge(key, Draw.between(r, 1_000, 9_000), (last, start) -> last + 1 + r.nextInt(40));
    }

    private LocalDate closedOn(CaseKind kind, LocalDate filed, LocalDate asOf) {
        double closedShare = kind == CaseKind.DISHONEST_DEBTOR || kind == CaseKind.CONSUMPTION_RESTRICTION ? 0.3 : 0.7;
        if (!Draw.chance(r, closedShare)) {
            return null;
        }
        var closed = filed.plusDays(Draw.between(r, 20, 540));
        return closed.isAfter(asOf) ? null : closed;
    }

    private String amount(CaseKind kind) {
        double median = switch (kind) {
            case CIVIL, ENFORCEMENT -> 150_000;
            case DISHONEST_DEBTOR, CONSUMPTION_RESTRICTION -> 300_000;
            case ADMINISTRATIVE -> 30_000;
            case CRIMINAL -> Draw.chance(r, 0.3) ? 2_000_000 : 0;
        };
        return median == 0 ? "" : Formats.money(Math.round(Draw.logNormal(r, median, 1.0) * 100));
    }

    private String status(CaseKind kind, boolean closed) {
        if (kind.enforcement()) {
            return closed ? Draw.pick(r, List.of("执行完毕", "终结本次执行", "closed")) : "执行中";
        }
        return closed ? Draw.pick(r, List.of("closed", "已结案")) : Draw.pick(r, List.of("pending", "审理中"));
    }
}
