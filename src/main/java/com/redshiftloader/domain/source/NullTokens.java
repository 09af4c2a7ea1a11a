package com.redshiftloader.domain.source;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches the values that stand for NULL, fast: this runs for every value of a file, so a value is first filtered by
 * its length and first character before it is compared (no hashing). Also the one place where a set of tokens is
 * written as text and read back from it, as the Source step's field shows them: the non-empty tokens separated by
 * commas, the empty one apart (a check box).
 */
public final class NullTokens {

    /** The order tokens are listed in: the defaults as documented, then any other alphabetically. */
    private static final List<String> LISTED_FIRST = List.of("", "NULL", "null", "\\N", "NA");

    private static final Comparator<String> ORDER = Comparator.<String>comparingInt(token -> {
                int index = LISTED_FIRST.indexOf(token);
                return index < 0 ? LISTED_FIRST.size() : index;
            })
            .thenComparing(Comparator.naturalOrder());

    private final String[] tokens;
    private final char[] firsts;
    private final long lengths;
    private final boolean empty;

    public NullTokens(Set<String> tokens) {
        this.tokens = tokens.stream().filter(token -> !token.isEmpty()).toArray(String[]::new);
        this.firsts = new char[this.tokens.length];
        for (int i = 0; i < this.tokens.length; i++) {
            firsts[i] = this.tokens[i].charAt(0);
        }
        long mask = 0;
        boolean hasEmpty = false;
        for (String token : tokens) {
            if (token.isEmpty()) {
                hasEmpty = true;
            } else if (token.length() < 64) {
                mask |= 1L << token.length();
            }
        }
        this.lengths = mask;
        this.empty = hasEmpty;
    }

    /** Whether the value is one of the tokens. */
    public boolean matches(CharSequence value) {
        int length = value.length();
        if (length == 0) {
            return empty;
        }
        if (length >= 64 || (lengths & (1L << length)) == 0) {
            return false;
        }
        char first = value.charAt(0);
        for (int i = 0; i < tokens.length; i++) {
            if (firsts[i] == first && tokens[i].length() == length && tokens[i].contentEquals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of a comma-separated list, each stripped of surrounding white space, blank items dropped; with the
     * empty token when {@code emptyIsNull}. For example {@code "NULL, n/a"} and true give {@code "", NULL, n/a}.
     */
    public static Set<String> parse(String commaSeparated, boolean emptyIsNull) {
        Set<String> tokens = new LinkedHashSet<>();
        if (emptyIsNull) {
            tokens.add("");
        }
        Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .forEach(tokens::add);
        return Set.copyOf(tokens);
    }

    /** The tokens in the order they are listed: the defaults as documented, then any other alphabetically. */
    public static List<String> sorted(Set<String> tokens) {
        return tokens.stream().sorted(ORDER).toList();
    }

    /** The non-empty tokens as {@link #parse} reads them, e.g. {@code NULL, null, \N, NA}; empty when there are none. */
    public static String listed(Set<String> tokens) {
        return tokens.stream().filter(token -> !token.isEmpty()).sorted(ORDER).collect(Collectors.joining(", "));
    }

    /** The tokens for a message, e.g. {@code empty fields, NULL, null, \N, NA}, or {@code nothing}. */
    public static String describe(Set<String> tokens) {
        String listed = listed(tokens);
        if (tokens.contains("")) {
            return listed.isEmpty() ? "empty fields" : "empty fields, " + listed;
        }
        return listed.isEmpty() ? "nothing" : listed;
    }
}
