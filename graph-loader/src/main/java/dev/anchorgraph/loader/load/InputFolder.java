package dev.anchorgraph.loader.load;

import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.loader.csv.ColumnMapping;
import dev.anchorgraph.loader.csv.CsvFile;
import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Formats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The files of an input folder that a load recognises: by our contract's file name, else by header row (an export
 * under its original name, e.g. 发票基础信息.xlsx). Other files are reported, not read; so is a second file for a
 * contract file already found, since one load reads one file of each kind. One file can stand for several contract
 * files (a vendor's case list, one row per party, is its cases and their parties).
 */
final class InputFolder {

    private InputFolder() {}

    /** Contract file name (or {@link ColumnMapping#LINE_ITEMS}) → the file that stands for it (one file, maybe several). */
    static Map<String, Path> scan(
            Path folder, List<FileSpec> specs, Charset charset, Formats formats, List<String> warnings) {
        if (!Files.isDirectory(folder)) {
            throw new UserInputException("Input folder " + folder + " does not exist or is not a folder");
        }
        var known = specs.stream().map(FileSpec::name).collect(Collectors.toSet());
        var present = new TreeMap<String, Path>();
        try (var files = Files.list(folder)) {
            var candidates = files.filter(Files::isRegularFile)
                    .filter(f -> CsvFile.readable(f.getFileName().toString()))
                    .filter(f -> !f.getFileName().toString().matches(".*\\.(rejects|flags)\\.csv"))
                    .sorted()
                    .toList();
            // contract names first, so an export never takes the place of the contract file beside it
            for (var file : candidates) {
                var name = file.getFileName().toString();
                if (known.contains(name)) {
                    present.put(name, file);
                }
            }
            for (var file : candidates) {
                var name = file.getFileName().toString();
                if (known.contains(name)) {
                    continue;
                }
                var targets = CsvFile.recognise(file, charset, specs, formats);
                if (targets.isEmpty()) {
                    warnings.add(name + " is not a file a load recognises (neither one of "
                            + known.stream().sorted().toList()
                            + " nor an export format known by its header); not read");
                }
                for (var target : targets) {
                    if (present.containsKey(target)) {
                        warnings.add(name + " is another " + target + " ("
                                + present.get(target).getFileName() + " is read); not read as " + target
                                + ": load it separately");
                    } else {
                        present.put(target, file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (present.isEmpty() || present.keySet().equals(Set.of(ColumnMapping.LINE_ITEMS))) {
            throw new UserInputException("Input folder " + folder + " has none of the files a load reads: "
                    + known.stream().sorted().toList() + " or an export format recognised by its header");
        }
        return present;
    }
}
