package dev.anchorgraph.loader.resolve;

/**
 * A company name taken apart by {@link NameNormalizer#parse}.
 *
 * @param full   the normalised full name
 * @param core   trade name and industry words (字号 + 行业), without region and legal form; for a branch, the head
 *               office's core followed by what names the branch besides its region (第一, 深南大道证券)
 * @param region canonical region (深圳, 广东, 浦东), {@code null} when the name has none
 * @param branch whether the name is a branch's (分公司, 支行, …)
 */
record ParsedName(String full, String core, String region, boolean branch) {}
