package dev.anchorgraph.loader.registry;

import java.util.Map;

/** Accepted spellings of the registry's enumerated values, English and the Chinese registry words. */
final class Vocabulary {

    private Vocabulary() {}

    static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("active", "active"),
            Map.entry("存续", "active"),
            Map.entry("在业", "active"),
            Map.entry("开业", "active"),
            Map.entry("在营", "active"),
            Map.entry("revoked", "revoked"),
            Map.entry("吊销", "revoked"),
            Map.entry("吊销，未注销", "revoked"),
            Map.entry("cancelled", "cancelled"),
            Map.entry("canceled", "cancelled"),
            Map.entry("注销", "cancelled"),
            Map.entry("dissolved", "dissolved"),
            Map.entry("解散", "dissolved"),
            Map.entry("清算", "dissolved"));

    static final Map<String, String> SCALE = Map.of(
            "large", "large", "大型", "large", "medium", "medium", "中型", "medium", "small", "small", "小型", "small",
            "micro", "micro", "微型", "micro");

    static final Map<String, String> HOLDER_TYPE = Map.of(
            "person",
            "person",
            "natural_person",
            "person",
            "自然人",
            "person",
            "个人",
            "person",
            "company",
            "company",
            "enterprise",
            "company",
            "企业",
            "company",
            "企业法人",
            "company",
            "法人",
            "company");

    /** Known officer titles; other titles are kept as written (lower case, underscores), since the set is open. */
    static final Map<String, String> ROLE = Map.ofEntries(
            Map.entry("legal_representative", "legal_representative"),
            Map.entry("法定代表人", "legal_representative"),
            Map.entry("法人代表", "legal_representative"),
            Map.entry("director", "director"),
            Map.entry("董事", "director"),
            Map.entry("chairman", "chairman"),
            Map.entry("董事长", "chairman"),
            Map.entry("executive_director", "executive_director"),
            Map.entry("执行董事", "executive_director"),
            Map.entry("supervisor", "supervisor"),
            Map.entry("监事", "supervisor"),
            Map.entry("chief_supervisor", "chief_supervisor"),
            Map.entry("监事会主席", "chief_supervisor"),
            Map.entry("manager", "manager"),
            Map.entry("经理", "manager"),
            Map.entry("general_manager", "general_manager"),
            Map.entry("总经理", "general_manager"),
            Map.entry("financial_officer", "financial_officer"),
            Map.entry("财务负责人", "financial_officer"),
            Map.entry("vice_chairman", "vice_chairman"),
            Map.entry("副董事长", "vice_chairman"),
            Map.entry("职工董事", "director"),
            Map.entry("职工代表董事", "director"),
            Map.entry("职工监事", "supervisor"),
            Map.entry("职工代表监事", "supervisor"),
            Map.entry("independent_director", "independent_director"),
            Map.entry("独立董事", "independent_director"),
            Map.entry("deputy_general_manager", "deputy_general_manager"),
            Map.entry("副总经理", "deputy_general_manager"));
}
