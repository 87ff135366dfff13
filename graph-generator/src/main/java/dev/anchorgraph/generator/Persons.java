package dev.anchorgraph.generator;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * People as pure functions of their index: an 18-digit national ID number and a name. Nothing is stored per person,
 * so a firm can name a person drawn long before and get the same ID and name back.
 *
 * <p>The ID is birthplace (6 digits), birth date, a 3-digit sequence number and the ISO 7064 MOD 11-2 check character
 * ({@code X} for 10). Birth date and sequence number come from an affine bijection of the index, so IDs are unique.
 */
final class Persons {

    private static final LocalDate OLDEST = LocalDate.of(1955, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2003, 12, 31).toEpochDay() - OLDEST.toEpochDay());
    private static final long SPACE = BIRTH_DAYS * 1000L;
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    /** Birthplaces beyond the cities where firms register: most founders moved there from elsewhere. */
    private static final String[] BIRTHPLACES = {
        "430102", "410105", "360102", "450103", "520102", "130102", "340102", "610103", "210102", "370102", "441302",
        "445102", "350582", "330302", "320381", "421002", "510722", "500228"
    };
    /** Most common first. */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘" + "袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严";

    private static final String GIVEN =
            "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国文辉斌波宇浩凯健俊" + "帆帅旭宁龙欣怡婷雪琳晨晶璐颖倩子涵梓轩一诺思雨佳嘉博志海燕云春金荣新立东晓德成永亮鑫峰飞坤琪瑶悦淑慧";

    private final long seed;
    private final long factor;
    private final long offset;

    Persons(long seed) {
        this.seed = seed;
        var r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        factor = UsccCodes.coprimeTo(r.nextLong(1, SPACE), SPACE);
        offset = r.nextLong(SPACE);
    }

    String id(int person) {
        long n = Math.floorMod(Math.multiplyExact((long) person, factor) + offset, SPACE);
        var birth = OLDEST.plusDays(n % BIRTH_DAYS);
        var first17 = BIRTHPLACES[(int) Math.floorMod(person * 31L + seed, (long) BIRTHPLACES.length)]
                + String.format(
                        Locale.ROOT,
                        "%04d%02d%02d%03d",
                        birth.getYear(),
                        birth.getMonthValue(),
                        birth.getDayOfMonth(),
                        n / BIRTH_DAYS);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECK.charAt(sum % 11);
    }

    String name(int person) {
        RandomGenerator r = new SplittableRandom(seed * 31 + person);
        // Squaring the draw favours the common surnames at the front of the list, as in the population.
        var surname = SURNAMES.charAt((int) (SURNAMES.length() * Math.pow(r.nextDouble(), 2)));
        var sb = new StringBuilder(3).append(surname).append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        if (Draw.chance(r, 0.65)) {
            sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }
}
