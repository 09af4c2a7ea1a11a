package com.redshiftloader.cli.args;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The converters the commands use: text as given, whole numbers, paths, booleans and {@code KEY=VALUE} pairs. */
public final class Converters {

    /** The text as given. */
    public static final ValueConverter<String> TEXT = text -> text;

    /** A whole number that fits an {@code int}, with an optional sign. */
    public static final ValueConverter<Integer> INTEGER = text -> {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an int");
        }
    };

    /** A file system path; whether it exists is for the command to check. */
    public static final ValueConverter<Path> PATH = text -> {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + text + "' is not a path (" + e.getReason() + ")");
        }
    };

    /** {@code true} or {@code false} in any case: a flag given as {@code --flag=false}. */
    public static final ValueConverter<Boolean> BOOLEAN = text -> switch (text.toLowerCase(Locale.ROOT)) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("'" + text + "' is not a boolean");
    };

    /** {@code KEY=VALUE}, split at the first {@code =}; the value may contain more of them. */
    public static final ValueConverter<Map.Entry<String, String>> KEY_VALUE = text -> {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("'" + text + "' should be in KEY=VALUE format");
        }
        return Map.entry(text.substring(0, equals), text.substring(equals + 1));
    };

    private Converters() {}
}
