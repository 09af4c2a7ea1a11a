package com.redshiftloader.domain.source;

import java.util.Optional;

/**
 * How a delimited file is written. Every field can be overridden by the user after detection.
 *
 * @param delimiter the field separator ({@code ,} {@code ;} tab {@code |} are detected; any character may be set)
 * @param quote the quote character; inside quotes a doubled quote is a literal quote (RFC 4180)
 * @param escape an optional escape character (for example a backslash) that makes the next character literal
 * @param header whether the first record (after the skipped lines) holds the column names
 * @param skipLines physical lines to skip before the header or the first record
 * @param lineEnding the line ending the file mostly uses (informative: readers accept LF, CRLF and CR)
 */
public record CsvDialect(
        char delimiter, char quote, Optional<Character> escape, boolean header, int skipLines, LineEnding lineEnding) {

    public CsvDialect {
        if (delimiter == quote) {
            throw new IllegalArgumentException("The delimiter and the quote must differ; both are '" + quote + "'.");
        }
        if (escape.isPresent() && (escape.get() == delimiter)) {
            throw new IllegalArgumentException("The escape character must differ from the delimiter.");
        }
        if (skipLines < 0) {
            throw new IllegalArgumentException("Lines to skip must be zero or more, not " + skipLines + ".");
        }
    }

    /** RFC 4180: comma, double quote, no escape character, a header line, LF or CRLF. */
    public static CsvDialect rfc4180() {
        return new CsvDialect(',', '"', Optional.empty(), true, 0, LineEnding.LF);
    }

    public CsvDialect withDelimiter(char newDelimiter) {
        return new CsvDialect(newDelimiter, quote, escape, header, skipLines, lineEnding);
    }

    public CsvDialect withQuote(char newQuote) {
        return new CsvDialect(delimiter, newQuote, escape, header, skipLines, lineEnding);
    }

    public CsvDialect withEscape(Optional<Character> newEscape) {
        return new CsvDialect(delimiter, quote, newEscape, header, skipLines, lineEnding);
    }

    public CsvDialect withHeader(boolean newHeader) {
        return new CsvDialect(delimiter, quote, escape, newHeader, skipLines, lineEnding);
    }

    public CsvDialect withSkipLines(int newSkipLines) {
        return new CsvDialect(delimiter, quote, escape, header, newSkipLines, lineEnding);
    }

    public CsvDialect withLineEnding(LineEnding newLineEnding) {
        return new CsvDialect(delimiter, quote, escape, header, skipLines, newLineEnding);
    }

    /** The delimiter as a user reads it: {@code \t} for a tab. */
    public String delimiterText() {
        return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
    }
}
