package org.newsgraph.util;

import java.io.IOException;
import org.newsgraph.annotation.TextFiles;

/** One-line reasons for failures, for the one-line messages the user sees. */
public final class Errors {
    private Errors() {
    }

    /** The innermost cause of {@code e} ({@code e} itself when it has none). */
    public static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * Why {@code e} happened, in one line: the message of the innermost cause that has one
     * (an I/O failure as {@link TextFiles#describe}), else the innermost cause's class name.
     */
    public static String rootMessage(Throwable e) {
        Throwable withMessage = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                withMessage = t;
            }
        }
        if (withMessage == null) {
            return rootCause(e).getClass().getSimpleName();
        }
        return firstLine(withMessage instanceof IOException io ? TextFiles.describe(io) : withMessage.getMessage());
    }

    /** The first non-blank line of {@code s}, stripped ({@code ""} for null). */
    public static String firstLine(String s) {
        return s == null ? "" : s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /** The first line of {@code s}, cut to {@code max} characters with an ellipsis. */
    public static String firstLine(String s, int max) {
        String line = firstLine(s);
        return line.codePointCount(0, line.length()) <= max ? line
                : line.substring(0, line.offsetByCodePoints(0, max)).stripTrailing() + "\u2026";
    }
}
