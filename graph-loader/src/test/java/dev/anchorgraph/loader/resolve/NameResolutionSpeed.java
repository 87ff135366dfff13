package dev.anchorgraph.loader.resolve;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Speed check, a plain program rather than a timed test (timings on shared CI cores would only flake):
 * builds an index of n synthetic names and resolves party names written as variants of them. It prints wall time and
 * the CPU time of its one thread, the steadier figure on a busy machine.
 * Arguments: {@code [names=100000] [queries=20000]}. Run it with the test class path, written to target/cp.txt by
 * {@code mvn -pl graph-loader dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, from graph-loader:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.anchorgraph.loader.resolve.NameResolutionSpeed}
 * (see docs/name-resolution.md).
 */
final class NameResolutionSpeed {

    private static final String TRADE =
            "华瑞恒通鑫源盛达宏远金泰天成中科创新华强永安隆昌富康裕丰博凯信德正泽嘉禾锦润安顺兴旺" + "合力佳美广联东方海纳百川星辰宇航明亮光辉卓越精诚伟业和谐中天瑞祥腾飞博雅汇通万达泰和恒大";
    private static final String[] INDUSTRY = {
        "科技", "贸易", "实业", "电子", "精密机械", "物流", "建筑工程", "餐饮管理", "信息技术", "新材料", "生物医药", "供应链管理", "五金制品", "服装", "投资",
        "环保科技", "电气", "塑胶制品"
    };
    private static final String[] CITY = {
        "深圳", "广州", "东莞", "佛山", "上海", "北京", "杭州", "苏州", "宁波", "厦门", "成都", "武汉", "南京", "天津", "重庆", "长沙", "郑州", "青岛",
        "合肥", "西安"
    };
    private static final String[] FORM = {"有限公司", "有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"};

    private record Synthetic(String trade, String industry, String city, String form, boolean bracketed) {
        String name() {
            return bracketed ? trade + industry + "(" + city + ")" + form : city + "市" + trade + industry + form;
        }

        String variant(Random random) {
            return switch (random.nextInt(4)) {
                case 0 -> name();
                case 1 -> bracketed ? city + "市" + trade + industry + form : trade + industry + "（" + city + "）" + form;
                case 2 -> " " + name().replace("(", "（").replace(")", "）") + "（移市工商局）";
                default -> trade + industry + form;
            };
        }
    }

    public static void main(String[] args) {
        int names = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        var random = new Random(42);
        var firms = new ArrayList<Synthetic>(names);
        var companies = new ArrayList<CompanyName>(names);
        for (int i = 0; i < names; i++) {
            var firm = new Synthetic(
                    trade(random),
                    INDUSTRY[random.nextInt(INDUSTRY.length)],
                    CITY[random.nextInt(CITY.length)],
                    FORM[random.nextInt(FORM.length)],
                    random.nextInt(5) == 0);
            firms.add(firm);
            companies.add(new CompanyName("91%016d".formatted(i), firm.name()));
        }
        CompanyNameIndex.build(companies.subList(0, Math.min(names, 20_000))).close(); // warm-up
        System.gc();
        long before = usedHeap();
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        try (var index = CompanyNameIndex.build(companies)) {
            long buildNanos = System.nanoTime() - t0;
            long buildCpu = cpuNanos() - c0;
            System.gc();
            System.out.printf(
                    "built %,d names in %.2f s (%.2f s CPU of this thread), index ~%,d MB of heap%n",
                    names, buildNanos / 1e9, buildCpu / 1e9, (usedHeap() - before) >> 20);
            // Every tenth party is a firm that is not in the index (no 国际货运代理 among the synthetic industries).
            var parties = new ArrayList<String>(queries);
            var written = new ArrayList<String>(queries);
            for (int i = 0; i < queries; i++) {
                int firm = random.nextInt(names);
                parties.add(
                        i % 10 == 9
                                ? "深圳市" + trade(random) + "国际货运代理有限公司"
                                : firms.get(firm).variant(random));
                written.add(i % 10 == 9 ? null : companies.get(firm).uscc());
            }
            run(index, parties.subList(0, Math.min(2_000, queries)), written); // warm-up
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            var outcomes = run(index, parties, written);
            double seconds = (System.nanoTime() - t1) / 1e9;
            double cpu = (cpuNanos() - c1) / 1e9;
            System.out.printf(
                    "resolved %,d names in %.2f s: %,.0f resolutions/s (%,.0f per CPU second)%n  %s%n",
                    queries, seconds, queries / seconds, queries / cpu, outcomes);
        }
    }

    /**
     * Counts outcomes. A RESOLVED is "right" when it names the firm the party was written from; the generator can
     * also make two firms whose names differ only in where the region is written (上海市X科技有限公司 and
     * X科技(上海)有限公司), and a party written as one of them exactly goes to that one, which is counted apart.
     */
    private static TreeMap<String, Integer> run(CompanyNameIndex index, List<String> parties, List<String> written) {
        var outcomes = new TreeMap<String, Integer>();
        for (int i = 0; i < parties.size(); i++) {
            var r = index.resolve(parties.get(i));
            var key = r.outcome() != Resolution.Outcome.RESOLVED
                    ? r.outcome().name()
                    : r.uscc().equals(written.get(i))
                            ? "RESOLVED right"
                            : r.score() == 1.0 ? "RESOLVED another firm of exactly that name" : "RESOLVED wrong";
            outcomes.merge(key + (written.get(i) == null ? " (firm not indexed)" : ""), 1, Integer::sum);
        }
        return outcomes;
    }

    private static String trade(Random random) {
        int length = 2 + random.nextInt(2);
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(TRADE.charAt(random.nextInt(TRADE.length())));
        }
        return sb.toString();
    }

    /** CPU time of this thread, which does all the work (serial merges, flushes in the indexing thread). */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedHeap() {
        var rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
