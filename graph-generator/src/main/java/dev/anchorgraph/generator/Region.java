package dev.anchorgraph.generator;

import java.util.List;

/**
 * A city where synthetic firms are registered.
 *
 * @param abbreviation the province's one-character abbreviation used in case numbers ({@code 粤}, {@code 沪})
 * @param municipality whether the city is itself a province-level municipality (上海, 北京, 天津, 重庆)
 * @param weight       relative number of firms registered there
 */
record Region(
        String city,
        String province,
        String abbreviation,
        boolean municipality,
        double weight,
        List<District> districts) {

    /** The city without 市: {@code 深圳}. */
    String shortName() {
        return city.substring(0, city.length() - 1);
    }

    /** The basic-level court of a district: {@code 深圳市南山区人民法院}, {@code 昆山市人民法院}. */
    String court(District d) {
        return (d.name().endsWith("市") ? d.name() : city + d.name()) + "人民法院";
    }

    /** The court's code in case numbers: province abbreviation and the last four digits of the district code. */
    String courtCode(District d) {
        return abbreviation + d.code().substring(2);
    }

    /** The intermediate court that hears appeals: {@code 广东省深圳市中级人民法院}, {@code 上海市第一中级人民法院}. */
    String appealCourt() {
        return municipality ? city + "第一中级人民法院" : province + city + "中级人民法院";
    }

    String appealCourtCode(District d) {
        return abbreviation + d.code().substring(2, 4);
    }
}
