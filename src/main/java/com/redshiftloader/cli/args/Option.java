package com.redshiftloader.cli.args;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A named option of a command: its names ({@code -h}, {@code --help}), the label of its value in the usage
 * ({@code N}), its description, how many values it takes and how they are converted.
 *
 * @param names the short name ({@code -h}) if any, then the long one ({@code --help})
 * @param label the value's label in the usage, empty for a flag
 * @param arity whether the option is a flag, takes one value, or may be given again
 * @param required whether the command cannot run without it
 * @param <T> the type of each value
 */
public record Option<T>(
        List<String> names,
        String label,
        String description,
        Arity arity,
        ValueConverter<T> converter,
        boolean required) {

    /** How many values an option takes. */
    public enum Arity {
        /** No value: given or not ({@code --dry-run}); {@code --dry-run=false} is allowed too. */
        FLAG,
        /** One value, given once at most ({@code --table orders} or {@code --table=orders}). */
        SINGLE,
        /** One value each time; the option may be given again ({@code --type a=INT --type b=DATE}). */
        REPEATED,
        /** Values separated by commas; the option may be given again ({@code --key a,b --key c}). */
        COMMA_SEPARATED
    }

    /** {@code -h}, {@code --help}: every command has it. */
    public static final Option<Boolean> HELP = flag(List.of("-h", "--help"), "Show this help message and exit.");

    /** {@code -V}, {@code --version}: every command has it. */
    public static final Option<Boolean> VERSION =
            flag(List.of("-V", "--version"), "Print version information and exit.");

    public Option {
        names = List.copyOf(names);
        if (names.isEmpty() || names.stream().anyMatch(name -> !name.startsWith("-"))) {
            throw new IllegalArgumentException("An option needs names that start with '-': " + names);
        }
        if ((arity == Arity.FLAG) != label.isEmpty()) {
            throw new IllegalArgumentException("A flag has no value label, every other option has one: " + names);
        }
    }

    /** A flag: {@code true} when given. */
    public static Option<Boolean> flag(String name, String description) {
        return flag(List.of(name), description);
    }

    private static Option<Boolean> flag(List<String> names, String description) {
        return new Option<>(names, "", description, Arity.FLAG, Converters.BOOLEAN, false);
    }

    /** An option with one text value. */
    public static Option<String> value(String name, String label, String description) {
        return value(name, label, description, Converters.TEXT);
    }

    /** An option with one value, converted. */
    public static <T> Option<T> value(String name, String label, String description, ValueConverter<T> converter) {
        return new Option<>(List.of(name), label, description, Arity.SINGLE, converter, false);
    }

    /** An option that may be given again, one {@code KEY=VALUE} pair each time. */
    public static Option<Map.Entry<String, String>> keyValues(String name, String label, String description) {
        return new Option<>(List.of(name), label, description, Arity.REPEATED, Converters.KEY_VALUE, false);
    }

    /** An option with one text value each time, which may be given again ({@code --null-as NA --null-as ''}). */
    public static Option<String> repeated(String name, String label, String description) {
        return new Option<>(List.of(name), label, description, Arity.REPEATED, Converters.TEXT, false);
    }

    /** An option with comma-separated text values, which may be given again. */
    public static Option<String> commaSeparated(String name, String label, String description) {
        return new Option<>(List.of(name), label, description, Arity.COMMA_SEPARATED, Converters.TEXT, false);
    }

    /** This option, required. */
    public Option<T> mandatory() {
        return new Option<>(names, label, description, arity, converter, true);
    }

    /** The long name, e.g. {@code --help}; the only name when there is no short one. */
    public String longName() {
        return names.getLast();
    }

    /** The one-letter name, e.g. {@code -h}, if the option has one. */
    Optional<String> shortName() {
        return names.size() > 1 ? Optional.of(names.getFirst()) : Optional.empty();
    }

    /** The long name and its value's label as the usage shows them: {@code --key=COLUMN[,COLUMN...]}. */
    String longNameAndLabel() {
        return switch (arity) {
            case FLAG -> longName();
            case SINGLE, REPEATED -> longName() + "=" + label;
            case COMMA_SEPARATED -> longName() + "=" + label + "[," + label + "...]";
        };
    }

    /** The name without dashes, lower case: how the usage sorts options. */
    String sortKey() {
        return names.getFirst().replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    /** How messages name it: {@code '--max-errors' (N)}. */
    String quotedWithLabel() {
        return "'" + longName() + "'" + (label.isEmpty() ? "" : " (" + label + ")");
    }
}
