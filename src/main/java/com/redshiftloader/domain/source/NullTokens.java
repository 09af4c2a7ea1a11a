package com.redshiftloader.domain.source;

import java.util.Set;

/**
 * Matches the values that stand for NULL, fast: this runs for every value of a file, so a value is first filtered by
 * its length and first character before it is compared (no hashing).
 */
public final class NullTokens {

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
}
