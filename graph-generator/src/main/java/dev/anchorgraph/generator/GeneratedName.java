package dev.anchorgraph.generator;

/**
 * A registered firm name and its parts: place + 字号 (brand) + industry word + organisation form, e.g.
 * {@code 深圳市} {@code 华瑞} {@code 精密科技} {@code 有限公司}, or {@code 华瑞精密科技（深圳）有限公司} when the place
 * is bracketed.
 */
record GeneratedName(String full, String brand, String word, String form, Style style) {

    enum Style {
        /** Place first: {@code 深圳市华瑞精密科技有限公司}. */
        PLACE_FIRST,
        /** Place in full-width brackets before the form: {@code 华瑞精密科技（深圳）有限公司}. */
        PLACE_BRACKETED,
        /** No place, as national groups may register: {@code 华瑞控股集团股份有限公司}. */
        NO_PLACE,
        /** An individual business (个体工商户) named after its district: {@code 南山区华瑞果品店}. */
        INDIVIDUAL
    }
}
