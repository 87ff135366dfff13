package dev.anchorgraph.loader.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a CSV export when the user names none: UTF-8 (with or without a byte-order mark) if its first
 * megabyte decodes as UTF-8, else GB18030, the superset of GBK that Chinese systems export in. GBK text is
 * practically never valid UTF-8 (its lead bytes would need matching continuation bytes), so the guess is safe.
 */
final class Encoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 1 << 20;

    private Encoding() {}

    static Charset detect(Path path) {
        byte[] sample;
        try (InputStream in = Files.newInputStream(path)) {
            sample = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var out = CharBuffer.allocate(sample.length + 1);
        // a full sample may end inside a character: decoding it as not the end of input tolerates that
        var result = decoder.decode(ByteBuffer.wrap(sample), out, sample.length < SAMPLE);
        return result.isError() ? GB18030 : StandardCharsets.UTF_8;
    }
}
