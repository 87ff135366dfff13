package dev.anchorgraph.generator;

import java.util.Arrays;
import java.util.List;

/** The kinds of supply chain anchors run; carriers and shells belong to no particular chain. */
final class ChainTemplates {

    static final List<String> LOGISTICS = codes("5431 5432 5821 5920 5810 7224");
    /** Trading and supply-chain-management firms: the registrations invoice mills use. */
    static final List<String> SHELL = codes("5199 5181 5179 7224");

    static final List<ChainTemplate> ALL = List.of(
            chain("汽车", "3612 3611", "3670 3841 3831 2913", "3130 3252 2651 3482 5164 3985", "5172", "5261 5263"),
            chain(
                    "电子",
                    "3922 3911",
                    "3982 3974 3981 2929 3841",
                    "3985 3251 2651 5179 2231",
                    "5177 5176",
                    "5274 5273 5292"),
            chain("家电", "3852 3851", "3464 3813 2929 3982", "3130 3251 2651 2231", "5138", "5272 5211 5292"),
            chain(
                    "食品",
                    "1441 1433 1523",
                    "1331 1312 2231 2926 0311",
                    "5111 5123 0151 2221",
                    "5129 5127",
                    "5212 5213 5229"),
            chain("钢铁", "3120 3130", "0810 5161 2521 3140", "0610 5164", "5164 5165", "3311 5281"),
            chain("服装", "1819 1811", "1751 1712 1830 2231", "1711 2822 5131", "5132", "5232 5292"),
            chain("化工", "2614 2651", "5162 2511 2612", "5169 5162", "5169", "2927 2641 2921"),
            chain("工程机械", "3514", "3444 3453 3412 3391", "3130 3482 5164", "5179", "7113 4330"));

    private ChainTemplates() {}

    private static ChainTemplate chain(
            String name,
            String anchors,
            String suppliers1,
            String suppliers2,
            String distributors1,
            String distributors2) {
        return new ChainTemplate(
                name, codes(anchors), codes(suppliers1), codes(suppliers2), codes(distributors1), codes(distributors2));
    }

    private static List<String> codes(String codes) {
        return Arrays.asList(codes.split(" "));
    }
}
