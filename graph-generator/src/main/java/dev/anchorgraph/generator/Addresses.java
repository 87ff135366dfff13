package dev.anchorgraph.generator;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Registered addresses: city, district, road and number, often an office or factory building. */
final class Addresses {

    private static final List<String> ROADS = List.of(
            "人民路", "中山路", "解放路", "建设路", "工业大道", "创业路", "科技路", "和平路", "环城路", "滨河路", "新华路", "长江路", "黄河路", "发展大道", "高新路",
            "迎宾路", "东风路", "学府路", "振兴路", "光明大道", "金融街", "湖滨路", "兴业路", "物流大道");
    private static final List<String> BUILDINGS =
            List.of("国际商务中心", "科技大厦", "创业大厦", "金融中心", "商务大厦", "国际广场", "总部基地", "电商产业园");
    private static final List<String> PARKS = List.of("第一工业区", "第三工业区", "科技工业园", "智能制造产业园", "物流园", "经济开发区");

    private Addresses() {}

    static String draw(RandomGenerator r, Region region, District district) {
        var sb = new StringBuilder(40)
                .append(region.city())
                .append(district.name())
                .append(Draw.pick(r, ROADS))
                .append(Draw.between(r, 1, 999))
                .append('号');
        var x = r.nextDouble();
        if (x < 0.45) {
            sb.append(Draw.pick(r, BUILDINGS))
                    .append(Draw.between(r, 1, 32))
                    .append(String.format(Locale.ROOT, "%02d", Draw.between(r, 1, 30)))
                    .append('室');
        } else if (x < 0.75) {
            sb.append(Draw.pick(r, PARKS))
                    .append((char) ('A' + r.nextInt(6)))
                    .append('栋')
                    .append(Draw.between(r, 1, 6))
                    .append('楼');
        }
        return sb.toString();
    }
}
