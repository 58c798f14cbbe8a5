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
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(file, "not valid UTF-8");
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + describe(e));
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
