package com.redshiftloader.cli.args;

/**
 * A positional parameter of a command: one value, required or not, in the order the command declares them.
 *
 * @param label how the usage names it, e.g. {@code <file>} or {@code FILE}
 * @param <T> the value's type
 */
public record Positional<T>(String label, String description, boolean required, ValueConverter<T> converter) {

    /** A parameter the command cannot run without. */
    public static <T> Positional<T> required(String label, String description, ValueConverter<T> converter) {
        return new Positional<>(label, description, true, converter);
    }

    /** A parameter that may be left out. */
    public static <T> Positional<T> optional(String label, String description, ValueConverter<T> converter) {
        return new Positional<>(label, description, false, converter);
    }

    /** As the usage shows it: the label, in brackets when it may be left out. */
    String synopsis() {
        return required ? label : "[" + label + "]";
    }
}
