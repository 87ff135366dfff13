package dev.anchorgraph.loader.csv;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export formats a load recognises by header row: the user's mappings ({@code --columns}) first, then the
 * built-in ones. A file whose header has every required column of our contract is read as the contract.
 */
public final class Formats {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
    private static final TypeReference<List<ColumnMapping>> LIST = new TypeReference<>() {};

    private final List<ColumnMapping> mappings;

    private Formats(List<ColumnMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    /** The built-in formats, after those of the mapping file when there is one. */
    public static Formats load(Path userMappings) {
        var all = new ArrayList<ColumnMapping>();
        if (userMappings != null) {
            try (InputStream in = Files.newInputStream(userMappings)) {
                all.addAll(JSON.readValue(in, LIST));
            } catch (IOException e) {
                throw new UserInputException(userMappings + ": not a column mapping file (" + e.getMessage() + ")", e);
            }
        }
        try (InputStream in = Formats.class.getResourceAsStream("/export-formats.json")) {
            all.addAll(JSON.readValue(in, LIST));
        } catch (IOException e) {
            throw new IllegalStateException("the built-in export formats cannot be read", e);
        }
        return new Formats(all);
    }

    /** How to read a header as the given contract file, or {@code null} when no format recognises it. */
    Columns recognise(List<String> header, FileSpec spec) {
        var contract = Columns.contract(header, spec);
        if (spec != LineItems.SPEC && contract.index.keySet().containsAll(spec.required())) {
            return contract;
        }
        for (var mapping : mappings) {
            if (mapping.file().equals(spec.name())) {
                var columns = Columns.of(mapping, header, spec.required());
                if (columns != null) {
                    return columns;
                }
            }
        }
        return null;
    }

    /**
     * The contract files (or line items) a header stands for, among the given ones; empty: none. The first that
     * recognises it, and every other contract file an export format recognises it as: a vendor's case list, one row
     * per party, is its cases and their parties. A match by our own column names is only ever the first: a contract
     * header with {@code uscc} is not also every file keyed by a USCC.
     */
    List<String> targets(List<String> header, List<FileSpec> specs) {
        // line items first: their export also carries the invoice columns
        if (recognise(header, LineItems.SPEC) != null) {
            return List.of(LineItems.SPEC.name());
        }
        var targets = new ArrayList<String>();
        for (var spec : specs) {
            var columns = recognise(header, spec);
            if (columns != null && (targets.isEmpty() || !columns.format.equals("contract"))) {
                targets.add(spec.name());
            }
        }
        return targets;
    }
}
