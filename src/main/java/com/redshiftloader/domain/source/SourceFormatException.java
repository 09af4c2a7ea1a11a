package com.redshiftloader.domain.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A source file cannot be read as configured. The message names the file, the line and the column where known,
 * and says what to do.
 */
public final class SourceFormatException extends RuntimeException {

    private final transient Path file;
    private final long line;
    private final int column;

    /**
     * @param file the file being read
     * @param line the 1-based physical line, or 0 when unknown
     * @param column the 1-based column (field position), or 0 when unknown
     * @param problem what is wrong and what to do, without the location (added here)
     */
    public SourceFormatException(Path file, long line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    public SourceFormatException(Path file, long line, int column, String problem, Throwable cause) {
        super(location(file, line, column) + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String location(Path file, long line, int column) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(String.format(Locale.ROOT, ", line %,d", line));
        }
        if (column > 0) {
            text.append(String.format(Locale.ROOT, ", column %,d", column));
        }
        return text.append(": ").toString();
    }

    public Path file() {
        return file;
    }

    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
