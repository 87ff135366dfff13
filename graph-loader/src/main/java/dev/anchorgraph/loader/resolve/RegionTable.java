package dev.anchorgraph.loader.resolve;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * The bundled table of Chinese regions ({@value #BUNDLED}): provinces, major cities and districts, each with its
 * parent, so that two names' regions can be compared (深圳 lies in 广东: no conflict) and region prefixes stripped.
 */
final class RegionTable {

    static final String BUNDLED = "/reference/cn_regions.csv";

    record Region(String name, Region parent) {

        /** Whether this region is {@code other} or lies inside it. */
        boolean within(Region other) {
            for (var r = this; r != null; r = r.parent) {
                if (r == other) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What is left of a text after its region prefixes, and the region they name ({@code null}: none). */
    record Stripped(String rest, Region region) {}

    private record Prefix(Region region, boolean bare) {}

    private static final RegionTable BUNDLED_TABLE = load();

    private final Map<String, Region> byName = new HashMap<>();
    private final Map<String, Region> byForm = new HashMap<>();
    private final Map<String, Prefix> prefixes = new HashMap<>();
    private int longestForm;

    static RegionTable bundled() {
        return BUNDLED_TABLE;
    }

    /** The region of a canonical name such as {@code 深圳}, or {@code null}. */
    Region named(String name) {
        return name == null ? null : byName.get(name);
    }

    /** The region that a bracketed text names on its own, such as {@code 深圳}, {@code 深圳市} or {@code 广东深圳}. */
    Region inBrackets(String content) {
        var region = byForm.get(content);
        if (region != null) {
            return region;
        }
        var stripped = stripAll(content);
        return stripped.rest().isEmpty() ? stripped.region() : null;
    }

    /**
     * Strips the leading region forms of a name, longest form first. After the first, only a region inside the one
     * before is taken (广东省深圳市 → 深圳), so that 深圳市兰州拉面馆 keeps 兰州 in its core. A full form must leave one
     * character and a bare short name two (北京银行 → 银行). Without {@code bareAllowed} only full forms are taken:
     * a name whose region is in brackets, 瑞安环保科技(东莞), has its trade name where a bare city name would be.
     */
    Stripped stripNamePrefixes(String name, boolean bareAllowed) {
        return strip(name, 1, bareAllowed ? 2 : Integer.MAX_VALUE);
    }

    /** Strips every leading region form of a text that may be nothing but regions (深圳南山, 广东深圳). */
    Stripped stripAll(String text) {
        return strip(text, 0, 0);
    }

    private Stripped strip(String text, int minRestAfterFull, int minRestAfterBare) {
        Region current = null;
        int at = 0;
        while (true) {
            var found = longestPrefixAt(text, at, minRestAfterFull, minRestAfterBare);
            if (found == null
                    || (current != null
                            && (found.region() == current || !found.region().within(current)))) {
                return new Stripped(text.substring(at), current);
            }
            current = found.region();
            at += found.length();
        }
    }

    private record Found(Region region, int length) {}

    private Found longestPrefixAt(String text, int at, int minRestAfterFull, int minRestAfterBare) {
        for (int len = Math.min(longestForm, text.length() - at); len >= 2; len--) {
            var prefix = prefixes.get(text.substring(at, at + len));
            long rest = text.length() - at - len;
            if (prefix != null && rest >= (prefix.bare() ? minRestAfterBare : minRestAfterFull)) {
                return new Found(prefix.region(), len);
            }
        }
        return null;
    }

    private static RegionTable load() {
        var table = new RegionTable();
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .get();
        try (var in = RegionTable.class.getResourceAsStream(BUNDLED);
                var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            // The file lists every parent before its children, so one pass links them.
            for (var row : parser) {
                table.add(
                        row.get("name"),
                        row.get("parent"),
                        row.get("full_name"),
                        Boolean.parseBoolean(row.get("bare_prefix")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLED, e);
        }
        return table;
    }

    private void add(String name, String parentName, String full, boolean barePrefix) {
        var parent = parentName.isEmpty() ? null : byName.get(parentName);
        if (parent == null && !byName.isEmpty() || byName.containsKey(name) || byForm.containsKey(full)) {
            throw new IllegalStateException(BUNDLED + ": region " + name + " is repeated or its parent is unknown");
        }
        var region = new Region(name, parent);
        byName.put(name, region);
        byForm.put(name, region);
        byForm.put(full, region);
        // The root (中国) is recognised in brackets only: 中国X names (中国银行) keep 中国 in their core.
        if (parent != null) {
            prefixes.put(full, new Prefix(region, false));
            if (barePrefix) {
                prefixes.put(name, new Prefix(region, true));
            }
        }
        longestForm = Math.max(longestForm, full.length());
    }
}
