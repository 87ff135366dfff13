package dev.anchorgraph.loader.load;

import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.loader.csv.FileSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The files of an input folder that a load recognises, by name; other CSV files are reported, not read. */
final class InputFolder {

    private InputFolder() {}

    static Map<String, Path> scan(Path folder, List<FileSpec> specs, List<String> warnings) {
        if (!Files.isDirectory(folder)) {
            throw new UserInputException("Input folder " + folder + " does not exist or is not a folder");
        }
        var known = specs.stream().map(FileSpec::name).collect(Collectors.toSet());
        var present = new TreeMap<String, Path>();
        try (var files = Files.list(folder)) {
            for (var file : files.sorted().toList()) {
                var name = file.getFileName().toString();
                if (known.contains(name)) {
                    present.put(name, file);
                } else if (name.endsWith(".csv") && !name.endsWith(".rejects.csv")) {
                    warnings.add(name + " is not a file a load recognises (expected: "
                            + known.stream().sorted().toList() + "); not read");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (present.isEmpty()) {
            throw new UserInputException("Input folder " + folder + " has none of the files a load reads: "
                    + known.stream().sorted().toList());
        }
        return present;
    }
}
