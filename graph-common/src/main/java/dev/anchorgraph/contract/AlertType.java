package dev.anchorgraph.contract;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The kinds of monitoring alert (docs/monitoring.md), with their messages in English and Chinese; {@code {0}},
 * {@code {1}}… are filled from the alert's arguments ({@link MessageFormat}). The score run raises them and stores
 * {@link #code()} on {@code (:Alert {type})}; graph-service filters and serves them by the same code.
 */
public enum AlertType {
    /** Sales of the last complete month fell well below the trailing average. */
    SALES_DROP(
            "sales_drop",
            "Sales in {0} were {1} below the {2}-month average ({3} yuan against {4} a month)",
            "{0}销售额较前{2}个月均值下降{1}（{3}元，均值每月{4}元）"),
    /** A buyer that was a stable large buyer has stopped invoicing. */
    STABLE_BUYER_SILENT(
            "stable_buyer_silent", "Stable large buyer {0} has not been invoiced for {1} days", "稳定大客户{0}已{1}天无开票"),
    /** A new court case against the firm (defendant). */
    NEW_LITIGATION("new_litigation", "New {1} case {0} against the firm, filed {2}", "新增{3}涉诉案件{0}，立案日期{2}"),
    /** A new enforcement or consumption-restriction case against the firm. */
    NEW_ENFORCEMENT("new_enforcement", "New enforcement case {0} against the firm, filed {2}", "新增被执行案件{0}，立案日期{2}"),
    /** The firm is newly listed as a dishonest debtor (失信被执行人). */
    NEW_DISHONEST_DEBTOR(
            "new_dishonest_debtor", "Listed as a dishonest debtor in case {0}, filed {2}", "被列为失信被执行人（案号{0}），立案日期{2}"),
    /** A worse risk tier than in the previous run. */
    TIER_DOWNGRADE("tier_downgrade", "Risk tier down from {0} to {1} (score {2} → {3})", "风险等级由{0}降至{1}（评分{2}→{3}）"),
    /** A fraud pattern the previous run did not flag. */
    NEW_FRAUD_PATTERN("new_fraud_pattern", "New fraud pattern: {0} ({1})", "新增疑似欺诈模式：{0}（{1}）"),
    /** An important buyer or supplier (a large share of sales or purchases) is in distress. */
    COUNTERPARTY_DISTRESS(
            "counterparty_distress",
            "{0} of {1} tied to {2}, in distress since {3}: {4}",
            "{5}占比{0}的交易对手{2}陷入困境（自{3}起）：{6}");

    private final String code;
    private final String en;
    private final String zh;

    AlertType(String code, String en, String zh) {
        this.code = code;
        this.en = en;
        this.zh = zh;
    }

    /** The stored and API spelling, e.g. {@code sales_drop}. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code no alert type has */
    public static AlertType parse(String code) {
        return Codes.parse(AlertType.class, AlertType::code, "alert type", code);
    }

    /** The English message with the arguments filled in. */
    public String en(Object... args) {
        return format(en, args);
    }

    /** The Chinese message with the arguments filled in. */
    public String zh(Object... args) {
        return format(zh, args);
    }

    // an apostrophe is MessageFormat's quote character; the templates mean it literally
    private static String format(String template, Object... args) {
        return new MessageFormat(template.replace("'", "''"), Locale.ROOT).format(args);
    }
}
