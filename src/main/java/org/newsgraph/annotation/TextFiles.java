package org.newsgraph.annotation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading the user's text files: strict UTF-8, and a one-line {@link InputError} when that fails. */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * The file's text, decoded as UTF-8 without replacing anything.
     *
     * @throws InputError when the file cannot be read or is not valid UTF-8
     */
    public static String readUtf8(Path file) {
        return readUtf8(file, Integer.MAX_VALUE - 16);
    }

    /**
     * The file's text, decoded as UTF-8 without replacing anything, when the file is a regular
     * file of at most {@code maxBytes} bytes (checked before reading, so that a huge file or a
     * device never fills the memory).
     *
     * @throws InputError when the file is missing, not a regular file, too large, cannot be read or
     *     is not valid UTF-8
     */
    public static String readUtf8(Path file, long maxBytes) {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new InputError(file, "cannot read: no such file or folder");
        }
        requireRegularFile(file, null);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputError(file, "file too large: " + size + " bytes; the limit is " + maxBytes + " bytes");
            }
            byte[] bytes;
            try (var in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            }
            if (bytes.length > maxBytes) {
                throw new InputError(file, "file too large: more than " + maxBytes + " bytes (it grew while being"
                        + " read)");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(file, "not valid UTF-8");
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + describe(e));
        }
    }

    /**
     * Checks that {@code file} is a regular file (a symbolic link to one is fine), with an honest
     * message for each other case: missing, a broken symbolic link, a folder, a device, pipe or
     * socket.
     *
     * @param missing what to add to the message when the file does not exist (why it should), or null
     * @throws InputError when it is not
     */
    public static void requireRegularFile(Path file, String missing) {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new InputError(file, "broken symbolic link: it points to " + linkTarget(file)
                    + ", which does not exist");
        }
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new InputError(file, "missing file" + (missing == null ? "" : " (" + missing + ")"));
        }
        if (Files.isDirectory(file)) {
            throw new InputError(file, "is a folder, not a file");
        }
        throw new InputError(file, "not a regular file (a device, pipe or socket"
                + (Files.isSymbolicLink(file) ? ", linked to " + linkTarget(file) : "") + "); give a plain file");
    }

    /** Where a symbolic link points, as written in the link. */
    public static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "(unreadable)";
        }
    }

    /** A short reason for an I/O failure ("no such file", "permission denied", ...). */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
