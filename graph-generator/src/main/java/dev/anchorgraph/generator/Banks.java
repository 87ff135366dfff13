package dev.anchorgraph.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** Lenders: a city branch of a national or joint-stock bank, as loan records and court documents name them. */
final class Banks {

    private static final List<String> NATIONAL = List.of(
            "中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "中信银行", "平安银行", "兴业银行", "浦发银行", "民生银行", "光大银行",
            "华夏银行", "浙商银行", "广发银行");

    private Banks() {}

    /** {@code 中国工商银行深圳分行}; court documents add the legal form: {@code 中国工商银行股份有限公司深圳分行}. */
    static String branch(RandomGenerator r, Region region, boolean legalForm) {
        return Draw.pick(r, NATIONAL) + (legalForm ? "股份有限公司" : "") + region.shortName() + "分行";
    }
}
