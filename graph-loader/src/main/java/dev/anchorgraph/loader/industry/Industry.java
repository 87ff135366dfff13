package dev.anchorgraph.loader.industry;

/**
 * One entry of GB/T 4754-2017: a section (level 1, a letter), division (2 digits), group (3) or class (4).
 *
 * @param parentCode the code one level up, {@code null} for a section
 */
record Industry(String code, int level, String name, String parentCode) {}
