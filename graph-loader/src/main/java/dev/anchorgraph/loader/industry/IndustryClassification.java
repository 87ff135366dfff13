package dev.anchorgraph.loader.industry;

import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads the GB/T 4754-2017 classification ({@code code, level, name, parent_code, …}) and checks its structure:
 * every code is unique, and every parent exists one level up, so that every class resolves to its section.
 */
final class IndustryClassification {

    static final String BUNDLED = "/reference/gbt4754_2017_industry_codes.csv";

    private IndustryClassification() {}

    static List<Industry> bundled() {
        try (var in = IndustryClassification.class.getResourceAsStream(BUNDLED)) {
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new UserInputException("Cannot read the bundled industry classification", e);
        }
    }

    static List<Industry> read(InputStream in, String source) throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        var result = new ArrayList<Industry>();
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (var row : parser) {
                try {
                    var parent = row.get("parent_code").strip();
                    result.add(new Industry(
                            row.get("code").strip(),
                            Integer.parseInt(row.get("level").strip()),
                            row.get("name").strip(),
                            parent.isEmpty() ? null : parent));
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(
                            source + " line " + parser.getCurrentLineNumber() + ": " + e.getMessage());
                }
            }
        }
        checkStructure(result, source);
        return result;
    }

    private static void checkStructure(List<Industry> industries, String source) {
        var byCode = new HashMap<String, Industry>();
        for (var i : industries) {
            if (byCode.put(i.code(), i) != null) {
                throw new UserInputException(source + ": industry code " + i.code() + " appears twice");
            }
        }
        for (var i : industries) {
            if (i.level() == 1 ? i.parentCode() != null : !parentOneLevelUp(i, byCode)) {
                throw new UserInputException(
                        source + ": industry " + i.code() + " has no parent one level up (" + i.parentCode() + ")");
            }
        }
    }

    private static boolean parentOneLevelUp(Industry i, HashMap<String, Industry> byCode) {
        var parent = i.parentCode() == null ? null : byCode.get(i.parentCode());
        return parent != null && parent.level() == i.level() - 1;
    }
}
