package dev.anchorgraph.generator;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which goods each industry class trades, from {@value #CATEGORIES} and {@value #INDUSTRIES}: the categories that
 * appear between the asterisks of its invoice items. A fruit wholesaler invoicing {@code *钢材*} is out of line with
 * this table, which is what a fraud check can test with {@link #fits}.
 *
 * <p>Every industry code must be a level-4 class of the bundled GB/T 4754-2017 table and every category must exist;
 * a broken table fails at class load.
 */
final class IndustryGoods {

    static final String CATEGORIES = "/reference/goods_categories.csv";
    static final String INDUSTRIES = "/reference/industry_goods.csv";
    static final String CLASSIFICATION = "/reference/gbt4754_2017_industry_codes.csv";

    private static final IndustryGoods BUNDLED = new IndustryGoods();

    private final List<GoodsCategory> categories = new ArrayList<>();
    private final Map<String, GoodsCategory> categoriesByName = new HashMap<>();
    private final Map<String, IndustryProfile> industries = new HashMap<>();

    private IndustryGoods() {
        read(CATEGORIES, row -> {
            var category = new GoodsCategory(
                    categories.size(),
                    row.get("category"),
                    Integer.parseInt(row.get("tax_rate_percent")),
                    row.get("tax_code_stem"),
                    split(row.get("items")));
            categories.add(category);
            categoriesByName.put(category.name(), category);
        });
        var classes = new HashMap<String, CSVRecord>();
        read(CLASSIFICATION, row -> {
            if (row.get("level").equals("4")) {
                classes.put(row.get("code"), row);
            }
        });
        read(INDUSTRIES, row -> {
            var code = row.get("industry_code");
            var gbt = classes.get(code);
            if (gbt == null) {
                throw new GeneratorException(INDUSTRIES + ": " + code + " is not a GB/T 4754-2017 class");
            }
            industries.put(
                    code,
                    new IndustryProfile(
                            code,
                            gbt.get("section"),
                            gbt.get("name"),
                            split(row.get("goods_categories")).stream()
                                    .map(this::category)
                                    .toList(),
                            split(row.get("name_words"))));
        });
    }

    static IndustryGoods bundled() {
        return BUNDLED;
    }

    /** All categories, in table order ({@link GoodsCategory#ordinal()} indexes this list). */
    List<GoodsCategory> categories() {
        return List.copyOf(categories);
    }

    GoodsCategory category(String name) {
        var category = categoriesByName.get(name);
        if (category == null) {
            throw new GeneratorException("Unknown goods category " + name);
        }
        return category;
    }

    IndustryProfile industry(String code) {
        var profile = industries.get(code);
        if (profile == null) {
            throw new GeneratorException("No goods are known for industry " + code);
        }
        return profile;
    }

    /** Whether firms of an industry class are expected to invoice goods of a category; unknown industries fit nothing. */
    boolean fits(String industryCode, String category) {
        var profile = industries.get(industryCode);
        return profile != null
                && profile.goods().stream().anyMatch(g -> g.name().equals(category));
    }

    private static List<String> split(String values) {
        return Arrays.stream(values.split(";")).map(String::strip).toList();
    }

    private static void read(String resource, Consumer<CSVRecord> onRow) {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        var in = IndustryGoods.class.getResourceAsStream(resource);
        if (in == null) {
            throw new GeneratorException("Missing bundled resource " + resource);
        }
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            parser.forEach(onRow);
        } catch (IOException e) {
            throw new GeneratorException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
