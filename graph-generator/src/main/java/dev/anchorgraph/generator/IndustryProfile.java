package dev.anchorgraph.generator;

import java.util.List;

/**
 * A GB/T 4754-2017 industry class with what its firms sell and the words their names use.
 *
 * @param section   the class's section letter ({@code C} manufacturing, {@code F} wholesale and retail, …)
 * @param goods     what its firms invoice, the main category first
 * @param nameWords industry words for firm names ({@code 钢材贸易} in {@code 上海宏达钢材贸易有限公司})
 */
record IndustryProfile(String code, String section, String name, List<GoodsCategory> goods, List<String> nameWords) {

    boolean deals(GoodsCategory category) {
        return goods.contains(category);
    }
}
