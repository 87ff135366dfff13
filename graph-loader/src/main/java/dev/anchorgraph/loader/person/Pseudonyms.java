package dev.anchorgraph.loader.person;

import dev.anchorgraph.cli.UserInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a person's source identifier (a national ID number, or any stable id) into the pseudonym stored as
 * {@code Person.id}: {@code "P" + hex(HMAC-SHA256(key, normalised id))[0..24]} (96 bits). Without the key, a
 * pseudonym cannot be turned back into an ID number, even though ID numbers have little entropy; with the same key,
 * the same person gets the same pseudonym in every load. Normalisation: white space removed, upper case (a
 * trailing {@code x} check digit becomes {@code X}).
 *
 * <p>The key comes from configuration (see {@link PseudonymKey}); the database remembers a check value of it, so a
 * load with a different key, which would split every person in two, is refused.
 */
public final class Pseudonyms {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_IN_NAME = Pattern.compile("[\\s\\p{Z}·•・.]+");
    private static final String CHECK_INPUT = "anchorgraph pseudonym key check";
    private final Mac mac;

    public Pseudonyms(byte[] key) {
        if (key.length < 16) {
            throw new UserInputException("The pseudonym key must be at least 16 bytes");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String of(String sourceId) {
        var normalised = WHITE_SPACE.matcher(sourceId).replaceAll("").toUpperCase(Locale.ROOT);
        return "P" + hex(normalised).substring(0, 24);
    }

    /**
     * The pseudonym of a person the source gives no id for (a vendor's shareholder or key-personnel list): keyed by
     * the company they hold shares in or serve, and their name (NFKC, white space and the middle dot of
     * transliterated names removed), before pseudonymisation (docs/adr/0013-people-without-an-id.md). The same
     * name in one company is one person (a shareholder who is also its director); the same name in two companies is
     * two people: homonyms are common, and nothing in such a list says two of them are one.
     */
    public String ofNameIn(String companyUscc, String name) {
        var compact = NOT_IN_NAME
                .matcher(Normalizer.normalize(name, Normalizer.Form.NFKC))
                .replaceAll("");
        // "name|" cannot begin an id number, so the two kinds of source never meet
        return of("name|" + companyUscc + "|" + compact);
    }

    /** A value that identifies the key without revealing it, stored in the database. */
    public String keyCheck() {
        return hex(CHECK_INPUT).substring(0, 16);
    }

    private String hex(String input) {
        // Mac is not thread-safe; the loader pseudonymises on one thread.
        return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }
}
