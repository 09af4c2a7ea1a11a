package com.redshiftloader.domain.load;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A load that failed and changed nothing. The message says what happened; where a row is at fault it names the
 * source line, the column and the value (shortened), and {@link #fix()} says what to do.
 */
public final class LoadException extends Exception {

    private final long line;
    private final String column;
    private final String value;
    private final String fix;

    public LoadException(String message, String fix, Throwable cause) {
        this(message, 0, null, null, fix, cause);
    }

    public LoadException(String message, long line, String column, String value, String fix, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.value = value;
        this.fix = fix;
    }

    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public String fix() {
        return fix == null ? "" : fix;
    }
}
