package dev.anchorgraph.generator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Draws firm names the way Chinese registries shape them, never the same full name twice. */
final class CompanyNames {

    private static final String BRAND_CHARS =
            "华瑞宏达鑫盛泰恒源隆兴旺嘉信德锦金丰汇通创新佳美龙凯博力诚联永安海天正明盈富祥昌荣腾飞远航众益和顺利中宇辉光晟睿智科星邦威迪欧诺亚圣君朗峰林森福康宝晶银铭川弘广立";
    private static final List<String> SHOP_FORMS = List.of("商行", "经营部", "店");
    /** A name the registry already holds is refused, so the applicant tries another 字号. */
    private static final int ATTEMPTS = 50;

    private final Set<String> taken = new HashSet<>();

    GeneratedName draw(
            RandomGenerator r, Region region, District district, IndustryProfile industry, Scale scale, char category) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var brand = brand(r, attempt < 10 && Draw.chance(r, 0.75) ? 2 : 3);
            var name = compose(r, region, district, industry, scale, category, brand);
            if (taken.add(name.full())) {
                return name;
            }
        }
        throw new IllegalStateException("No free name left for " + industry.code() + " in " + region.city());
    }

    private static GeneratedName compose(
            RandomGenerator r,
            Region region,
            District district,
            IndustryProfile industry,
            Scale scale,
            char category,
            String brand) {
        var word = Draw.pick(r, industry.nameWords());
        if (category == '2') {
            var form = Draw.pick(r, SHOP_FORMS);
            return new GeneratedName(
                    district.name() + brand + word + form, brand, word, form, GeneratedName.Style.INDIVIDUAL);
        }
        var form = category == '3'
                ? "农民专业合作社"
                : scale == Scale.LARGE && Draw.chance(r, 0.7) ? "股份有限公司" : Draw.chance(r, 0.88) ? "有限公司" : "有限责任公司";
        var x = r.nextDouble();
        if (scale == Scale.LARGE && x < 0.05) {
            return new GeneratedName(
                    brand + word + "集团" + form, brand, word + "集团", form, GeneratedName.Style.NO_PLACE);
        }
        if (category == '1' && x < 0.13) {
            return new GeneratedName(
                    brand + word + "（" + region.shortName() + "）" + form,
                    brand,
                    word,
                    form,
                    GeneratedName.Style.PLACE_BRACKETED);
        }
        // Municipalities usually drop 市 (上海宏达…); other cities mostly keep it (深圳市华瑞…).
        var place = region.municipality() || Draw.chance(r, 0.2) ? region.shortName() : region.city();
        return new GeneratedName(place + brand + word + form, brand, word, form, GeneratedName.Style.PLACE_FIRST);
    }

    private static String brand(RandomGenerator r, int length) {
        var sb = new StringBuilder(length);
        while (sb.length() < length) {
            var c = BRAND_CHARS.charAt(r.nextInt(BRAND_CHARS.length()));
            if (sb.indexOf(String.valueOf(c)) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
