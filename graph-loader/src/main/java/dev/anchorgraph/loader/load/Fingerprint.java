package dev.anchorgraph.loader.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a file's bytes: what "the same file" means for exactly-once loading. An invoice export completed by a
 * line-item export is one input: its fingerprint covers both files' bytes, so a corrected line-item file is loaded
 * again even when the invoice file is unchanged.
 */
final class Fingerprint {

    private Fingerprint() {}

    /** The fingerprint of one file, or of a file and the files that complete it, in the order given. */
    static String of(Path file, Path... completing) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = ByteBuffer.allocateDirect(1 << 20);
            digest(file, digest, buffer);
            for (var other : completing) {
                digest.update((byte) 0);
                digest(other, digest, buffer);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(Path file, MessageDigest digest, ByteBuffer buffer) throws IOException {
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) > 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
        }
    }
}
