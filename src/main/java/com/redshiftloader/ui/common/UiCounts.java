package com.redshiftloader.ui.common;

import com.redshiftloader.domain.text.Counts;
import java.util.Locale;

/**
 * Counts as the window shows them: {@link Counts}' words, grouped the way the user's format locale groups digits
 * ({@code 1,000} in English, {@code 1.000} in German). The command line keeps {@link Counts}' fixed grouping, so
 * its output reads the same on every machine.
 */
public final class UiCounts {

    private UiCounts() {}

    /** {@code of(1, "row")} is {@code 1 row}; {@code of(2_000, "row")} is {@code 2,000 rows} in English. */
    public static String of(long count, String noun) {
        return Counts.of(locale(), count, noun, noun + "s");
    }

    /** The user's locale for numbers. */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
