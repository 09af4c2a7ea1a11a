package com.redshiftloader.domain.text;

import java.util.Locale;

/** Counts as people read them: {@code 1 row}, {@code 2 rows}, {@code 1,000 rows}. */
public final class Counts {

    private Counts() {}

    /** The count with the noun, plural by adding an s: {@code of(1, "row")} is {@code 1 row}. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** The count with the singular noun for exactly one, else the plural, grouped by thousands. */
    public static String of(long count, String singular, String plural) {
        return of(Locale.ROOT, count, singular, plural);
    }

    /** The same, with the digits grouped as the locale groups them. */
    public static String of(Locale locale, long count, String singular, String plural) {
        return String.format(locale, "%,d %s", count, count == 1 ? singular : plural);
    }

    /** The count with its noun and verb, for a subject: {@code 1 row was}, {@code 2 rows were}. */
    public static String were(long count, String noun) {
        return of(count, noun) + (count == 1 ? " was" : " were");
    }
}
