package dev.anchorgraph.loader.csv;

import java.util.List;

/**
 * What a load expects of one input file.
 *
 * @param name     the file name the loader recognises it by, e.g. {@code companies.csv}
 * @param required columns that must be present (a file without one fails up front)
 * @param optional columns used when present
 */
public record FileSpec(String name, List<String> required, List<String> optional) {

    public FileSpec {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /** The rejects file written beside the report: {@code companies.csv} → {@code companies.rejects.csv}. */
    public String rejectsFileName() {
        return name.replaceFirst("\\.csv$", "") + ".rejects.csv";
    }

    /** The flags file beside the rejects: {@code companies.csv} → {@code companies.flags.csv}. */
    public String flagsFileName() {
        return name.replaceFirst("\\.csv$", "") + ".flags.csv";
    }
}
