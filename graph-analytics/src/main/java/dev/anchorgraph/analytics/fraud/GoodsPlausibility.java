package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * Which goods categories firms of a GB/T 4754-2017 industry are expected to invoice, from {@value #TABLE}: the
 * categories are the short names of the tax classification codes (商品和服务税收分类编码简称) as invoices print them
 * between asterisks ({@code *钢材*螺纹钢}), plus the generator's own category names. Where the table comes from is
 * in its header comment and docs/risk-model.md.
 *
 * <p>Rows are keyed by a class (4 digits) or a division (2 digits); a class row wins over its division's row. Class
 * rows are needed where a division spans all goods: wholesale (51) sells everything, yet a fruit wholesaler (5123)
 * selling steel is out of line. Division rows judge the classes the table does not list. The same key is a firm's
 * peer group for the data check.
 *
 * <p>The table <em>speaks</em> for a firm and a category when it has a row for the firm's class or division and the
 * category is named somewhere in the table; otherwise it is silent ({@link #expects} gives {@code null}): a short name
 * the table does not know is no evidence against a firm.
 */
final class GoodsPlausibility {

    static final String TABLE = "/reference/goods_plausibility.csv";

    private static final GoodsPlausibility BUNDLED = new GoodsPlausibility();

    private final Map<String, Set<String>> goods = new HashMap<>();
    private final Set<String> known = new HashSet<>();

    private GoodsPlausibility() {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .get();
        var in = GoodsPlausibility.class.getResourceAsStream(TABLE);
        if (in == null) {
            throw new UserInputException("Missing bundled resource " + TABLE);
        }
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            parser.forEach(row -> goods.put(
                    row.get("industry_code"), Set.of(row.get("goods_categories").split(";"))));
        } catch (IOException e) {
            throw new UserInputException("Cannot read " + TABLE + ": " + e.getMessage(), e);
        }
        goods.values().forEach(known::addAll);
    }

    GoodsPlausibility(Map<String, Set<String>> goods) {
        this.goods.putAll(goods);
        goods.values().forEach(known::addAll);
    }

    static GoodsPlausibility bundled() {
        return BUNDLED;
    }

    /** The industry codes with a row: classes (4 digits) and divisions (2 digits). */
    Set<String> codes() {
        return Set.copyOf(goods.keySet());
    }

    /** The class when the table lists it, else the division; {@code null} without a usable code. */
    String peerGroup(String industryCode) {
        var code = industryCode == null ? "" : industryCode.replaceAll("[^0-9]", "");
        if (code.length() < 2) {
            return null;
        }
        return goods.containsKey(code) ? code : code.substring(0, 2);
    }

    /** Whether the table expects the category of the firm's industry; {@code null} where the table is silent. */
    Boolean expects(String industryCode, String category) {
        var row = goods.get(peerGroup(industryCode));
        return row == null || !known.contains(category) ? null : row.contains(category);
    }
}
