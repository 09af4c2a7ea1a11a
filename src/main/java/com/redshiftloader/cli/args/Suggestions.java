package com.redshiftloader.cli.args;

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
                .filter(candidate ->
                        normalise(candidate).startsWith(word) || distance(word, normalise(candidate)) <= allowed)
                .distinct()
                .sorted(Comparator.comparingInt(candidate -> distance(word, normalise(candidate))))
                .toList();
    }

    private static String normalise(String name) {
        int equals = name.indexOf('=');
        String withoutValue = equals > 0 ? name.substring(0, equals) : name;
        return withoutValue.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
