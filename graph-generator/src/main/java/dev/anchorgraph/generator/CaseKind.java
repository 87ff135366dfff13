package dev.anchorgraph.generator;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Kinds of court records about firms, with how often they occur, the docket type in their case numbers
 * ({@code 民初} first-instance civil, {@code 执} enforcement, {@code 行初}, {@code 刑初}) and their causes (案由).
 * Debtor blacklists and consumption restrictions are measures taken in enforcement cases, hence {@code 执}.
 */
enum CaseKind {
    CIVIL("civil", 0.58, "民初", Causes.CIVIL),
    ENFORCEMENT("enforcement", 0.20, "执", Causes.MONEY),
    DISHONEST_DEBTOR("dishonest_debtor", 0.07, "执", Causes.MONEY),
    CONSUMPTION_RESTRICTION("consumption_restriction", 0.06, "执", Causes.MONEY),
    ADMINISTRATIVE("administrative", 0.06, "行初", List.of("税务行政处罚", "市场监督管理行政处罚", "劳动和社会保障行政管理")),
    CRIMINAL("criminal", 0.03, "刑初", List.of("虚开增值税专用发票罪", "合同诈骗罪", "非法吸收公众存款罪", "逃税罪"));

    private static final double[] SHARES =
            Draw.cumulative(Arrays.stream(values()).mapToDouble(k -> k.share).toArray());
    private static final List<CaseKind> ENFORCEMENTS = List.of(ENFORCEMENT, DISHONEST_DEBTOR, CONSUMPTION_RESTRICTION);
    private static final double[] ENFORCEMENT_SHARES =
            Draw.cumulative(ENFORCEMENTS.stream().mapToDouble(k -> k.share).toArray());

    final String label;
    final String docket;
    private final double share;
    private final List<String> causes;

    CaseKind(String label, double share, String docket, List<String> causes) {
        this.label = label;
        this.share = share;
        this.docket = docket;
        this.causes = causes;
    }

    static CaseKind draw(RandomGenerator r) {
        return values()[Draw.weighted(r, SHARES)];
    }

    /** A money-judgement enforcement and the measures taken in it, in their usual proportions. */
    static CaseKind drawEnforcement(RandomGenerator r) {
        return ENFORCEMENTS.get(Draw.weighted(r, ENFORCEMENT_SHARES));
    }

    /** Sales disputes dominate what firms litigate. */
    String cause(RandomGenerator r) {
        return this == CIVIL && Draw.chance(r, 0.35) ? causes.getFirst() : Draw.pick(r, causes);
    }

    boolean enforcement() {
        return docket.equals("执");
    }

    private static final class Causes {
        static final List<String> CIVIL = List.of(
                "买卖合同纠纷",
                "借款合同纠纷",
                "金融借款合同纠纷",
                "劳动争议",
                "租赁合同纠纷",
                "建设工程施工合同纠纷",
                "承揽合同纠纷",
                "民间借贷纠纷",
                "服务合同纠纷",
                "运输合同纠纷",
                "票据追索权纠纷");
        static final List<String> MONEY = List.of("买卖合同纠纷", "借款合同纠纷", "金融借款合同纠纷", "民间借贷纠纷", "承揽合同纠纷", "劳动争议");
    }
}
