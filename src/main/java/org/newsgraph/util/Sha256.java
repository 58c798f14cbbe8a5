package org.newsgraph.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, written as lower-case hexadecimal wherever newsgraph records one. */
public final class Sha256 {
    private Sha256() {
    }

    /** A new SHA-256 digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Lower-case hexadecimal. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The SHA-256 of {@code bytes}, in hexadecimal. */
    public static String of(byte[] bytes) {
        return hex(digest().digest(bytes));
    }

    /** The SHA-256 of {@code text} in UTF-8, in hexadecimal. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
