package dev.anchorgraph.generator;

import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** The business scope (经营范围) text of a registry entry, after the industry's section and goods. */
final class BusinessScopes {

    private static final String LICENSED = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）";

    private BusinessScopes() {}

    static String of(IndustryProfile industry, RandomGenerator r) {
        // Some sources list items with ASCII commas, which also keeps the CSV quoting honest.
        var separator = Draw.chance(r, 0.1) ? ", " : "、";
        var goods = industry.goods().stream().map(GoodsCategory::name).collect(Collectors.joining(separator));
        var scope = switch (industry.section()) {
            case "A" -> goods + "的种植、养殖和销售；农业技术推广服务。";
            case "B" -> goods + "的开采、洗选和销售。";
            case "C" -> goods + "的研发、生产和销售；货物及技术进出口。";
            case "F" -> goods + "的批发、零售；国内贸易；供应链管理服务。";
            case "G" -> "普通货运；" + goods + "；仓储服务（不含危险化学品）；国内货运代理。";
            default -> goods + "；供应链管理服务；商务信息咨询。";
        };
        return "一般经营项目是：" + scope + (Draw.chance(r, 0.3) ? LICENSED : "");
    }
}
