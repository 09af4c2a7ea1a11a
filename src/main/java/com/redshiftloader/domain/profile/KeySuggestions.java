package com.redshiftloader.domain.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known key a mistyped one was probably meant to be. */
final class KeySuggestions {

    private KeySuggestions() {}

    /** The closest known key within a small edit distance, e.g. {@code pasword} → {@code password}. */
    static Optional<String> closest(String unknown) {
        return Arrays.stream(ProfileKey.values())
                .map(ProfileKey::path)
                .min(Comparator.comparingInt(known -> distance(unknown, known)))
                .filter(known -> distance(unknown, known) <= Math.max(2, unknown.length() / 3));
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
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
