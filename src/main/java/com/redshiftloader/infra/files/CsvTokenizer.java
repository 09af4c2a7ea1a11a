package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.SourceFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 tokenizer over characters: quoted fields with delimiters, newlines and doubled quotes inside, LF, CRLF
 * or CR line endings, an optional escape character. It copies unquoted fields straight from its buffer (no
 * per-character builder), which is what makes the full scan fast; opencsv's CSVReader builds every field character
 * by character and reads several times slower (see the benchmark). Fields are capped in length so that a runaway
 * quote or a giant field ends with an error, not an OutOfMemoryError.
 */
final class CsvTokenizer {

    /** Redshift's most columns in a table; a record with more fields is not a table row. */
    static final int MAX_FIELDS = 1600;

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final Path file;
    private final char delimiter;
    private final char quote;
    private final char escape;
    private final boolean hasEscape;
    private final int maxField;
    private final char[] buf = new char[BUFFER];
    private final StringBuilder builder = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private boolean lastWasCr;
    private long recordLine;

    CsvTokenizer(Reader in, Path file, CsvDialect dialect, int maxField) {
        this.in = in;
        this.file = file;
        this.delimiter = dialect.delimiter();
        this.quote = dialect.quote();
        this.hasEscape = dialect.escape().isPresent() && dialect.escape().get() != dialect.quote();
        this.escape = hasEscape ? dialect.escape().get() : '\0';
        this.maxField = maxField;
    }

    /** The physical line where the last record returned starts. */
    long recordLine() {
        return recordLine;
    }

    /** The physical line the tokenizer is on. */
    long line() {
        return line;
    }

    /** Skips whole physical lines, ignoring quotes (for preamble lines before the header). */
    void skipLines(int count) {
        long target = line + count;
        while (line < target && fill()) {
            char c = buf[pos++];
            if (c == '\n') {
                if (!lastWasCr) {
                    line++;
                }
                lastWasCr = false;
            } else if (c == '\r') {
                line++;
                lastWasCr = true;
            } else {
                lastWasCr = false;
            }
        }
        if (lastWasCr && fill() && buf[pos] == '\n') {
            pos++;
        }
        lastWasCr = false;
    }

    /** The next record's fields, or null at the end of the input. Blank lines are skipped. */
    String[] next() {
        while (true) {
            if (!fill()) {
                return null;
            }
            recordLine = line;
            fields.clear();
            boolean more = true;
            while (more) {
                more = field();
                if (fields.size() > MAX_FIELDS) {
                    throw error(
                            recordLine,
                            fields.size(),
                            "a record has more than " + MAX_FIELDS
                                    + " fields, Redshift's column limit. Check the delimiter, or that the file is text.");
                }
            }
            if (fields.size() == 1 && fields.get(0).isEmpty() && !lastFieldQuoted) {
                continue;
            }
            return fields.toArray(new String[0]);
        }
    }

    private boolean lastFieldQuoted;

    /** Reads one field and its terminator; true when another field of the same record follows. */
    private boolean field() {
        if (fill() && buf[pos] == quote) {
            lastFieldQuoted = true;
            return quoted();
        }
        lastFieldQuoted = false;
        return unquoted();
    }

    private boolean unquoted() {
        builder.setLength(0);
        boolean built = false;
        int start = pos;
        while (true) {
            if (pos >= limit) {
                builder.append(buf, start, pos - start);
                built = true;
                checkLength(builder.length(), recordLine);
                if (!fill()) {
                    fields.add(builder.toString());
                    return false;
                }
                start = pos;
            }
            char c = buf[pos];
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            if (hasEscape && c == escape) {
                builder.append(buf, start, pos - start);
                built = true;
                start = ++pos;
                if (!fill()) {
                    break;
                }
                start = pos;
            }
            pos++;
        }
        String value = built ? builder.append(buf, start, pos - start).toString() : new String(buf, start, pos - start);
        checkLength(value.length(), recordLine);
        fields.add(value);
        return terminator();
    }

    private boolean quoted() {
        long openLine = line;
        int column = fields.size() + 1;
        pos++;
        builder.setLength(0);
        int start = pos;
        while (true) {
            if (pos >= limit) {
                builder.append(buf, start, pos - start);
                checkQuotedLength(openLine, column);
                if (!fill()) {
                    throw error(
                            openLine,
                            column,
                            "a quote opened here is never closed: the file ends inside a quoted"
                                    + " field. Check the quote character, or close the quote in the file.");
                }
                start = pos;
            }
            char c = buf[pos];
            if (c == quote) {
                builder.append(buf, start, pos - start);
                pos++;
                if (fill() && buf[pos] == quote) {
                    start = pos++;
                    continue;
                }
                return afterClosingQuote();
            }
            if (hasEscape && c == escape) {
                builder.append(buf, start, pos - start);
                start = ++pos;
                if (!fill()) {
                    continue;
                }
                start = pos;
            }
            countLine(buf[pos]);
            pos++;
        }
    }

    /** Characters between a closing quote and the delimiter are kept (lenient, as most tools are). */
    private boolean afterClosingQuote() {
        while (fill()) {
            char c = buf[pos];
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            builder.append(c);
            pos++;
        }
        fields.add(builder.toString());
        return terminator();
    }

    private void countLine(char c) {
        if (c == '\n') {
            if (!lastWasCr) {
                line++;
            }
            lastWasCr = false;
        } else if (c == '\r') {
            line++;
            lastWasCr = true;
        } else {
            lastWasCr = false;
        }
    }

    /** Consumes the delimiter or the line ending after a field; true for a delimiter. */
    private boolean terminator() {
        if (!fill()) {
            return false;
        }
        char c = buf[pos++];
        if (c == delimiter) {
            return true;
        }
        line++;
        if (c == '\r' && fill() && buf[pos] == '\n') {
            pos++;
        }
        lastWasCr = false;
        return false;
    }

    private void checkLength(int length, long at) {
        if (length > maxField) {
            throw error(
                    at,
                    fields.size() + 1,
                    "a field is longer than " + maxField + " characters, the largest"
                            + " accepted. Redshift holds at most 65,535 bytes in a VARCHAR and 16 MB in a SUPER; check the"
                            + " delimiter and quote settings, or shorten the value.");
        }
    }

    private void checkQuotedLength(long openLine, int column) {
        if (builder.length() > maxField) {
            throw error(
                    openLine,
                    column,
                    "a quoted field is longer than " + maxField + " characters, the largest"
                            + " accepted. Most likely a quote opened here is never closed; check the quote character.");
        }
    }

    private boolean fill() {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        try {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (CharacterCodingException e) {
            throw error(
                    line,
                    fields.size() + 1,
                    "the bytes here are not valid in the chosen encoding. Choose the"
                            + " file's encoding (for example windows-1252 instead of UTF-8).");
        } catch (IOException e) {
            throw new SourceFormatException(file, line, 0, "reading failed (" + e.getMessage() + ").", e);
        }
    }

    private SourceFormatException error(long at, int column, String problem) {
        return new SourceFormatException(file, at, column, problem);
    }
}
