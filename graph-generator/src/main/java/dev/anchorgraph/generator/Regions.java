package dev.anchorgraph.generator;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** The cities of the synthetic economy with real division codes, weighted by how many firms register there. */
final class Regions {

    static final List<Region> ALL = List.of(
            region("深圳市", "广东省", "粤", false, 14, "440304 福田区,440303 罗湖区,440305 南山区,440306 宝安区,440307 龙岗区,440309 龙华区"),
            region("广州市", "广东省", "粤", false, 9, "440104 越秀区,440105 海珠区,440106 天河区,440111 白云区,440112 黄埔区,440113 番禺区"),
            region("佛山市", "广东省", "粤", false, 5, "440604 禅城区,440605 南海区,440606 顺德区"),
            region("上海市", "上海市", "沪", true, 14, "310104 徐汇区,310112 闵行区,310113 宝山区,310114 嘉定区,310115 浦东新区,310117 松江区"),
            region("北京市", "北京市", "京", true, 10, "110105 朝阳区,110106 丰台区,110108 海淀区,110113 顺义区,110115 大兴区"),
            region("天津市", "天津市", "津", true, 4, "120101 和平区,120103 河西区,120110 东丽区,120114 武清区,120116 滨海新区"),
            region("重庆市", "重庆市", "渝", true, 4, "500103 渝中区,500105 江北区,500106 沙坪坝区,500107 九龙坡区,500112 渝北区"),
            region("杭州市", "浙江省", "浙", false, 8, "330102 上城区,330105 拱墅区,330106 西湖区,330108 滨江区,330109 萧山区,330110 余杭区"),
            region("宁波市", "浙江省", "浙", false, 5, "330203 海曙区,330205 江北区,330206 北仑区,330212 鄞州区,330282 慈溪市"),
            region("苏州市", "江苏省", "苏", false, 9, "320505 虎丘区,320506 吴中区,320507 相城区,320508 姑苏区,320509 吴江区,320583 昆山市"),
            region("南京市", "江苏省", "苏", false, 5, "320102 玄武区,320104 秦淮区,320105 建邺区,320106 鼓楼区,320115 江宁区"),
            region("福州市", "福建省", "闽", false, 3, "350102 鼓楼区,350103 台江区,350104 仓山区,350111 晋安区,350181 福清市"),
            region("成都市", "四川省", "川", false, 5, "510104 锦江区,510105 青羊区,510106 金牛区,510107 武侯区,510108 成华区,510116 双流区"),
            region("武汉市", "湖北省", "鄂", false, 5, "420102 江岸区,420103 江汉区,420104 硚口区,420111 洪山区,420112 东西湖区,420115 江夏区"),
            region("青岛市", "山东省", "鲁", false, 4, "370202 市南区,370203 市北区,370211 黄岛区,370212 崂山区,370214 城阳区"));

    private static final double[] WEIGHTS =
            Draw.cumulative(ALL.stream().mapToDouble(Region::weight).toArray());

    private Regions() {}

    static Region draw(RandomGenerator r) {
        return ALL.get(Draw.weighted(r, WEIGHTS));
    }

    private static Region region(
            String city, String province, String abbreviation, boolean municipality, double weight, String districts) {
        return new Region(
                city,
                province,
                abbreviation,
                municipality,
                weight,
                Arrays.stream(districts.split(","))
                        .map(d -> new District(d.substring(0, 6), d.substring(7)))
                        .toList());
    }
}
