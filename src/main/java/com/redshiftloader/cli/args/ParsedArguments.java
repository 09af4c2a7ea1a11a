package com.redshiftloader.cli.args;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The values a command was given, converted, read through the command's {@link Option}s and {@link Positional}s. */
public final class ParsedArguments {

    // By identity: a command reads its values through the very constants it declared them with. (A record's own
    // hashCode would also start its method-handle bootstrap, a noticeable part of a command's start.)
    private final Map<Option<?>, List<Object>> optionValues = new IdentityHashMap<>();
    private final Map<Positional<?>, Object> positionalValues = new IdentityHashMap<>();

    /** Whether the flag was given (its last value, when given as {@code --flag=false}). */
    public boolean flag(Option<Boolean> option) {
        return value(option).orElse(false);
    }

    /** The option's value, or its last one; empty when it was not given. */
    public <T> Optional<T> value(Option<T> option) {
        List<T> values = values(option);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getLast());
    }

    /** Every value the option was given, in order; empty when it was not given. */
    @SuppressWarnings("unchecked") // the parser stores only values the option's own converter made
    public <T> List<T> values(Option<T> option) {
        return List.copyOf((List<T>) optionValues.getOrDefault(option, List.of()));
    }

    /** A {@code KEY=VALUE} option's pairs, in order; a key given again keeps its last value. */
    public <K, V> Map<K, V> map(Option<Map.Entry<K, V>> option) {
        Map<K, V> map = new LinkedHashMap<>();
        values(option).forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    /** The parameter's value; empty when it was left out. */
    @SuppressWarnings("unchecked") // the parser stores only values the parameter's own converter made
    public <T> Optional<T> value(Positional<T> positional) {
        return Optional.ofNullable((T) positionalValues.get(positional));
    }

    boolean has(Option<?> option) {
        return optionValues.containsKey(option);
    }

    boolean has(Positional<?> positional) {
        return positionalValues.containsKey(positional);
    }

    void add(Option<?> option, Object value) {
        optionValues.computeIfAbsent(option, given -> new ArrayList<>()).add(value);
    }

    void set(Positional<?> positional, Object value) {
        positionalValues.put(positional, value);
    }
}
