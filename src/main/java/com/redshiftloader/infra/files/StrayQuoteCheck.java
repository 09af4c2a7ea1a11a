package com.redshiftloader.infra.files;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a stray quote from a real multi-line value by what the quoted value swallowed. A quote that is never meant
 * to close ({@code 101,"O Brien}) runs on to the next quote in the file, and every line in between is a whole record
 * of the file: the record's number of delimiters, and an id-like first field. Real multi-line values (addresses,
 * notes, pasted text) are prose: their lines rarely carry exactly one delimiter fewer than the file has columns, and
 * almost never an id-like first field as well. So a value is refused when at least {@link #RECORD_LIKE_LINES} of
 * its whole inner lines look like records; one such line can be chance.
 *
 * <p>For files of fewer than {@link #MANY_COLUMNS} columns the delimiter count alone is weak evidence (one comma in a
 * line of prose is common), so there an inner line must also start with a number-like field (digits, with {@code
 * . - / :}), as ids, dates and amounts do. With many columns the count alone is enough.
 */
final class StrayQuoteCheck {

    /** Inner lines that must look like records before a value is taken for a stray quote. */
    static final int RECORD_LIKE_LINES = 2;

    /** From this many columns on, the delimiter count alone makes a line look like a record. */
    static final int MANY_COLUMNS = 6;

    private static final int SHOWN = 60;

    /**
     * What a quoted value swallowed.
     *
     * @param recordLike how many of its whole inner lines look like records
     * @param firstOffset the first such line, counted in lines after the line where the quote opened
     * @param firstText that line's first characters
     */
    record Swallowed(int recordLike, int firstOffset, String firstText) {}

    private StrayQuoteCheck() {}

    /**
     * @param value the quoted value's bytes (unescaped), spanning at least one line break
     * @param columns the file's number of columns (2 or more to check anything)
     * @return the evidence of a stray quote, or empty when the value reads like a real multi-line value
     */
    static Optional<Swallowed> check(byte[] value, int length, byte delimiter, int columns) {
        if (columns < 2) {
            return Optional.empty();
        }
        int lineStart = -1;
        int offset = 0;
        int recordLike = 0;
        int firstOffset = 0;
        int firstStart = 0;
        int firstEnd = 0;
        for (int i = 0; i < length; i++) {
            byte b = value[i];
            if (b != '\n' && b != '\r') {
                continue;
            }
            if (b == '\r' && i + 1 < length && value[i + 1] == '\n') {
                i++;
            }
            int end = b == '\r' && value[i] == '\n' ? i - 1 : i;
            if (lineStart >= 0 && looksLikeRecord(value, lineStart, end, delimiter, columns)) {
                if (recordLike++ == 0) {
                    firstOffset = offset;
                    firstStart = lineStart;
                    firstEnd = end;
                }
            }
            lineStart = i + 1;
            offset++;
        }
        if (recordLike < RECORD_LIKE_LINES) {
            return Optional.empty();
        }
        String text = new String(value, firstStart, Math.min(firstEnd - firstStart, SHOWN * 3), StandardCharsets.UTF_8);
        if (text.length() > SHOWN) {
            text = text.substring(0, SHOWN) + "…";
        }
        return Optional.of(new Swallowed(recordLike, firstOffset, text));
    }

    /** A whole inner line {@code [from, to)}: one delimiter fewer than columns, and an id-like start when few. */
    private static boolean looksLikeRecord(byte[] value, int from, int to, byte delimiter, int columns) {
        int delimiters = 0;
        int firstEnd = -1;
        for (int i = from; i < to; i++) {
            if (value[i] == delimiter) {
                if (delimiters++ == 0) {
                    firstEnd = i;
                }
            }
        }
        if (delimiters != columns - 1) {
            return false;
        }
        return columns >= MANY_COLUMNS || numberLike(value, from, firstEnd);
    }

    private static boolean numberLike(byte[] value, int from, int to) {
        if (to <= from || value[from] < '0' || value[from] > '9') {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte b = value[i];
            if (!(b >= '0' && b <= '9') && b != '.' && b != '-' && b != '/' && b != ':') {
                return false;
            }
        }
        return true;
    }
}
