package com.redshiftloader.cli.args;

import com.redshiftloader.domain.text.EditDistance;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names a mistyped one was probably meant to be: those it begins, and those a few typing slips away ({@code
 * --tabel} → {@code --table}, {@code lod} → {@code load}). Case and leading dashes do not count.
 */
final class Suggestions {

    /** Shorter words are too easily close to anything. */
    private static final int SHORTEST = 3;

    private Suggestions() {}

    /** The candidates close to {@code typed} ({@code --name=value} counts as {@code --name}), closest first. */
    static List<String> similar(String typed, Collection<String> candidates) {
        String word = normalise(typed);
        if (word.length() < SHORTEST) {
            return List.of();
        }
        int allowed = 1 + word.length() / 5;
        return candidates.stream()
                .filter(candidate -> normalise(candidate).startsWith(word)
                        || EditDistance.between(word, normalise(candidate)) <= allowed)
                .distinct()
                .sorted(Comparator.comparingInt(candidate -> EditDistance.between(word, normalise(candidate))))
                .toList();
    }

    private static String normalise(String name) {
        int equals = name.indexOf('=');
        String withoutValue = equals > 0 ? name.substring(0, equals) : name;
        return withoutValue.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }
}
