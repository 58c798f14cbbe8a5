package org.newsgraph.annotation;

import java.nio.file.Path;

/**
 * A mistake in the user's input, located as precisely as we can: the file, a JSON
 * pointer, a line and a column. Its message is the one-line report shown to the user:
 * {@code file: /json/pointer [line L, column C]: what is wrong}.
 */
public class InputError extends RuntimeException {

    private final Path file;
    private final String pointer;
    private final int line;
    private final int column;
    private final String problem;

    public InputError(Path file, String pointer, int line, int column, String problem) {
        super(format(file, pointer, line, column, problem));
        this.file = file;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /**
     * A JSON file that Jackson could not read as {@code what}: our wording with the line and column,
     * the first line of Jackson's reason, and none of its internals (source, reference chain).
     */
    public static InputError json(Path file, String what, java.io.IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            com.fasterxml.jackson.core.JsonLocation at = j.getLocation();
            String reason = j instanceof com.fasterxml.jackson.core.io.JsonEOFException ? "unexpected end of the file"
                    : j.getOriginalMessage();
            reason = reason == null ? "" : reason.lines().findFirst().orElse("");
            int cut = reason.indexOf(" at [Source");
            reason = cut >= 0 ? reason.substring(0, cut) : reason;
            cut = reason.indexOf(" (through reference chain");
            reason = cut >= 0 ? reason.substring(0, cut) : reason;
            return new InputError(file, null, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    what + (reason.isBlank() ? "" : ": " + reason));
        }
        return new InputError(file, what + ": " + TextFiles.describe(e));
    }

    /** An error about a whole file (no place inside it). */
    public InputError(Path file, String problem) {
        this(file, null, -1, -1, problem);
    }

    /**
     * The one-line report. Line breaks and other control characters (from the user's own values,
     * quoted in the problem, or from a file name) are shown escaped, so that the report stays one line.
     */
    static String format(Path file, String pointer, int line, int column, String problem) {
        return oneLine(formatRaw(file, pointer, line, column, problem));
    }

    /** {@code s} with line breaks and other control characters escaped ({@code \n}, {@code \u0000}). */
    public static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (control && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (!control) {
                    sb.append(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else {
                    sb.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String formatRaw(Path file, String pointer, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "newsgraph" : file.toString());
        if (pointer != null) {
            sb.append(": ").append(pointer.isEmpty() ? "/" : pointer);
        }
        if (line > 0) {
            sb.append(pointer == null ? ": " : " ").append("[line ").append(line).append(", column ").append(column)
                    .append(']');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** Where the error is, without the problem: {@code file: /json/pointer [line L, column C]}. */
    public String where() {
        String full = format(file, pointer, line, column, "");
        return full.substring(0, full.length() - 2);
    }

    public Path file() {
        return file;
    }

    public String pointer() {
        return pointer;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
