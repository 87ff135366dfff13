package dev.anchorgraph.bench;

import dev.anchorgraph.uscc.Uscc;
import java.util.Random;

/** Seeded inputs shaped like the real ones, so that every run of a benchmark measures the same work. */
public final class Fixtures {

    private static final String[] REGIONS = {"深圳市", "东莞市", "广州市", "佛山市", "上海", "北京", "杭州市", ""};
    private static final String[] TRADE_NAMES = {"华瑞", "鹏城", "固联", "乙丰", "甲元", "丙辰", "中建", "嘉豪", "恒通"};
    private static final String[] INDUSTRIES = {"钢材贸易", "精密五金", "紧固件", "模具", "建材贸易", "电子", "物流"};
    private static final String[] FORMS = {"有限公司", "股份有限公司", "有限责任公司", "（深圳）有限公司", "有限公司分公司"};

    private Fixtures() {}

    /** {@code n} valid codes of Shenzhen-registered firms: registry code 91, region 440300, a checksum that holds. */
    public static String[] usccs(int n, long seed) {
        var random = new Random(seed);
        var codes = new String[n];
        for (int i = 0; i < n; i++) {
            var body = new StringBuilder("91440300");
            for (int k = 0; k < 9; k++) {
                body.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
            }
            var draft = new Uscc(body + "0");
            codes[i] = body.toString() + draft.expectedCheckCharacter();
        }
        return codes;
    }

    /** Company names as registries and invoices spell them: a region or none, a trade name, an industry, a form. */
    public static String[] names(int n, long seed) {
        var random = new Random(seed);
        var names = new String[n];
        for (int i = 0; i < n; i++) {
            var name = REGIONS[random.nextInt(REGIONS.length)]
                    + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)]
                    + INDUSTRIES[random.nextInt(INDUSTRIES.length)]
                    + FORMS[random.nextInt(FORMS.length)];
            // some come with the spaces and full-width letters an export leaves in
            names[i] = i % 5 == 0 ? " " + name.replace("有限", "有 限") + "　" : name;
        }
        return names;
    }
}
