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

    /** An error about a whole file (no place inside it). */
    public InputError(Path file, String problem) {
        this(file, null, -1, -1, problem);
    }

    static String format(Path file, String pointer, int line, int column, String problem) {
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
