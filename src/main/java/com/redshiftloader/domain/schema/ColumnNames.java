package com.redshiftloader.domain.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns source column names into Redshift column names, deterministically: lower-cased when {@code lower_case} is
 * on (the default); every character other than {@code [a-z0-9_]} ({@code [A-Za-z0-9_]} when case is kept) becomes
 * {@code _}; a leading digit gets a {@code _} prefix; at most 127 bytes; an empty name becomes {@code column_N} (N
 * the 1-based position); a name already taken gets {@code _2}, {@code _3}, … Reserved words are kept: every
 * identifier is quoted in SQL (see {@code SqlIdentifiers}).
 */
public final class ColumnNames {

    /** Redshift's identifier limit in bytes. */
    public static final int MAX_IDENTIFIER_BYTES = 127;

    private ColumnNames() {}

    /** The target names for the source names, in the same order, all distinct. */
    public static List<String> normalise(List<String> sources, boolean lowerCase) {
        List<String> names = new ArrayList<>(sources.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            String base = single(sources.get(i), lowerCase, i + 1);
            String name = base;
            for (int suffix = 2; !taken.add(name.toLowerCase(Locale.ROOT)); suffix++) {
                String tail = "_" + suffix;
                name = truncate(base, MAX_IDENTIFIER_BYTES - tail.length()) + tail;
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** One name, without regard to collisions. */
    public static String single(String source, boolean lowerCase, int position) {
        String text = source.strip();
        if (lowerCase) {
            text = text.toLowerCase(Locale.ROOT);
        }
        StringBuilder name = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || (!lowerCase && c >= 'A' && c <= 'Z');
            name.append(allowed ? c : '_');
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        if (name.isEmpty()) {
            return "column_" + position;
        }
        if (Character.isDigit(name.charAt(0))) {
            name.insert(0, '_');
        }
        return truncate(name.toString(), MAX_IDENTIFIER_BYTES);
    }

    private static String truncate(String name, int maxBytes) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= maxBytes ? name : name.substring(0, maxBytes);
    }
}
