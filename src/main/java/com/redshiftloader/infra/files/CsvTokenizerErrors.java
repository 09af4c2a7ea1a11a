package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@link CsvTokenizer} says when a file cannot be split into records: each text names the place (line and
 * field) and tells the user what to change, in the file or in the dialect.
 */
final class CsvTokenizerErrors {

    private final Path file;

    CsvTokenizerErrors(Path file) {
        this.file = file;
    }

    /** A dialect character the byte tokenizer cannot split on. */
    static byte ascii(char c, String what) {
        if (c == 0 || c > 0x7F || c == '\n' || c == '\r') {
            throw new IllegalArgumentException("The " + what + " must be a visible ASCII character or a tab.");
        }
        return (byte) c;
    }

    SourceFormatException tooManyFields(long line, int column) {
        return error(
                line,
                column,
                "a record has more than " + CsvTokenizer.MAX_FIELDS + " fields, Redshift's"
                        + " column limit. Check the delimiter, or that the file is text.");
    }

    SourceFormatException quoteNeverClosed(long openLine, int column) {
        return error(
                openLine,
                column,
                "a quote opened here is never closed: the file ends inside a quoted"
                        + " field. Check the quote character, or close the quote in the file.");
    }

    /** A quoted value from {@code openLine} to {@code closeLine} that swallowed lines looking like records. */
    SourceFormatException strayQuote(long openLine, int column, long closeLine, StrayQuoteCheck.Swallowed swallowed) {
        return error(
                openLine,
                column,
                String.format(
                        Locale.ROOT,
                        "a quote opened here closes only at line %,d, so %,d lines become one value, and"
                                + " %,d of them look like records of their own (line %,d: %s). A stray"
                                + " quote probably swallowed them. Fix the quote in the file (a quote"
                                + " inside a quoted value is written twice: \"\"), or choose another"
                                + " quote character; if these lines really are one value, allow"
                                + " multi-line values (--multiline-values, or the Source step's"
                                + " checkbox).",
                        closeLine,
                        closeLine - openLine + 1,
                        swallowed.recordLike(),
                        openLine + swallowed.firstOffset(),
                        swallowed.firstText()));
    }

    SourceFormatException tooLong(long line, int column, int maxField) {
        return error(
                line,
                column,
                "a field is longer than " + maxField + " bytes, the largest accepted. Redshift holds"
                        + " at most 65,535 bytes in a VARCHAR and 16 MB in a SUPER. If the field is quoted, a quote opened"
                        + " there is probably never closed: check the quote character; otherwise shorten the value.");
    }

    SourceFormatException notUtf8(long line, int column) {
        return Encodings.notUtf8(file, line, column);
    }

    SourceFormatException notInTheEncoding(long line, int column) {
        return error(
                line,
                column,
                "the bytes here are not valid in the chosen encoding. Choose the file's"
                        + " encoding (for example windows-1252 instead of UTF-8).");
    }

    SourceFormatException damagedGzip(long line, GzipSource.DamagedGzipException e) {
        return new SourceFormatException(file, line, 0, e.getMessage(), e);
    }

    SourceFormatException readingFailed(long line, IOException e) {
        return new SourceFormatException(file, line, 0, "reading failed (" + e.getMessage() + ").", e);
    }

    private SourceFormatException error(long line, int column, String problem) {
        return new SourceFormatException(file, line, column, problem);
    }
}
