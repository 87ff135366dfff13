package dev.anchorgraph.analytics.monitor;

import java.util.Locale;

/**
 * The kinds of alert, with their messages in English and Chinese; {@code {0}}, {@code {1}}… are filled from the
 * alert's arguments ({@link java.text.MessageFormat}).
 */
enum AlertType {
    SALES_DROP("sales_drop", "Sales in {0} were {1} below the {2}-month average",
            "{0}销售额较前{2}个月均值下降{1}"),
    STABLE_BUYER_SILENT("stable_buyer_silent", "Stable large buyer {0} has not been invoiced for {1} days",
            "稳定大客户{0}已{1}天无开票"),
    NEW_LITIGATION("new_litigation", "New {1} case {0} against the firm, filed {2}", "新增{3}涉诉案件{0}，立案日期{2}"),
    NEW_ENFORCEMENT("new_enforcement", "New enforcement case {0} against the firm, filed {2}",
            "新增被执行案件{0}，立案日期{2}"),
    NEW_DISHONEST_DEBTOR("new_dishonest_debtor", "Listed as a dishonest debtor in case {0}, filed {2}",
            "被列为失信被执行人（案号{0}），立案日期{2}"),
    TIER_DOWNGRADE("tier_downgrade", "Risk tier down from {0} to {1} (score {2} → {3})", "风险等级由{0}降至{1}（评分{2}→{3}）"),
    NEW_FRAUD_PATTERN("new_fraud_pattern", "New fraud pattern: {0} ({1})", "新增疑似欺诈模式：{0}（{1}）");

    private final String code;
    private final String en;
    private final String zh;

    AlertType(String code, String en, String zh) {
        this.code = code;
        this.en = en;
        this.zh = zh;
    }

    String code() {
        return code;
    }

    String en(Object... args) {
        return new java.text.MessageFormat(en.replace("'", "''"), java.util.Locale.ROOT).format(args);
    }

    String zh(Object... args) {
        return new java.text.MessageFormat(zh.replace("'", "''"), java.util.Locale.ROOT).format(args);
    }
}
