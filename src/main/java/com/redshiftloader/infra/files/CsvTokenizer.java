package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.ByteField;
import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.RecordVisitor;
import com.redshiftloader.domain.source.SourceFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An RFC 4180 tokenizer over bytes of an ASCII-compatible encoding (UTF-8, windows-1252; other encodings are
 * transcoded to UTF-8 first): quoted fields with delimiters, newlines and doubled quotes inside, LF, CRLF or CR line
 * endings, an optional escape character. Delimiters, quotes and line breaks are ASCII and never occur inside a
 * multi-byte UTF-8 character, so the bytes are split first and only each field is decoded, straight from the buffer.
 * That is several times faster than decoding to characters and then splitting (opencsv's CSVReader builds every
 * field character by character; see the benchmark). Fields are capped in length so that a runaway quote or a giant
 * field ends with an error naming the line, not an OutOfMemoryError.
 */
final class CsvTokenizer {

    /** Redshift's most columns in a table; a record with more fields is not a table row. */
    static final int MAX_FIELDS = 1600;

    private static final int BUFFER = 1 << 16;
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final InputStream in;
    private final Path file;
    private final byte delimiter;
    private final byte quote;
    private final byte escape;
    private final boolean hasEscape;
    private final int maxField;
    private final FieldOutput output;
    private final boolean[] plainStops = new boolean[256];
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private boolean lastWasCr;
    private long recordLine;
    private boolean lastFieldQuoted;
    private long fieldLine;
    private int high;
    private int strayQuoteColumns;

    CsvTokenizer(InputStream in, Charset charset, Path file, CsvDialect dialect, int maxField) {
        this.in = in;
        this.file = file;
        this.delimiter = ascii(dialect.delimiter(), "delimiter");
        this.quote = ascii(dialect.quote(), "quote");
        this.hasEscape = dialect.escape().isPresent() && dialect.escape().get() != dialect.quote();
        this.escape = hasEscape ? ascii(dialect.escape().get(), "escape character") : 0;
        this.maxField = maxField;
        this.output = new FieldOutput(charset, maxField);
        plainStops[delimiter & 0xFF] = true;
        plainStops[LF] = true;
        plainStops[CR] = true;
        if (hasEscape) {
            plainStops[escape & 0xFF] = true;
        }
    }

    private static byte ascii(char c, String what) {
        if (c == 0 || c > 0x7F || c == '\n' || c == '\r') {
            throw new IllegalArgumentException("The " + what + " must be a visible ASCII character or a tab.");
        }
        return (byte) c;
    }

    /**
     * From now on, refuses a quoted value that swallowed lines looking like records of a file with this many
     * columns ({@link StrayQuoteCheck}).
     */
    void refuseStrayQuotes(int columns) {
        strayQuoteColumns = columns;
    }

    /** The physical line where the last record returned starts. */
    long recordLine() {
        return recordLine;
    }

    /** Skips whole physical lines, ignoring quotes (for preamble lines before the header). */
    void skipLines(int lines) {
        long target = line + lines;
        while (line < target && fill()) {
            countLine(buf[pos++]);
        }
        if (lastWasCr && fill() && buf[pos] == LF) {
            pos++;
        }
        lastWasCr = false;
    }

    /** The next record's fields, or null at the end of the input. Blank lines are skipped. */
    String[] next() {
        return record(null) ? output.strings() : null;
    }

    /**
     * Reads the next record into a visitor, fields as {@link ByteField} views (no strings made).
     *
     * @return the number of fields, or -1 at the end of the input
     */
    int nextInto(RecordVisitor target) {
        return record(target) ? output.count() : -1;
    }

    private boolean record(RecordVisitor visitor) {
        while (fill()) {
            byte first = buf[pos];
            if (first == LF || first == CR) {
                terminator();
                continue;
            }
            recordLine = line;
            output.startRecord(visitor, recordLine);
            boolean more = true;
            while (more) {
                more = field();
                if (output.count() > MAX_FIELDS) {
                    throw error(
                            recordLine,
                            output.count(),
                            "a record has more than " + MAX_FIELDS + " fields, Redshift's"
                                    + " column limit. Check the delimiter, or that the file is text.");
                }
            }
            return true;
        }
        return false;
    }

    /** Reads one field and its terminator; true when another field of the same record follows. */
    private boolean field() {
        fieldLine = line;
        lastFieldQuoted = fill() && buf[pos] == quote;
        return lastFieldQuoted ? quoted() : unquoted();
    }

    private boolean unquoted() {
        output.clearSpill();
        high = 0;
        while (true) {
            int start = pos;
            int end = scanPlain(start);
            pos = end;
            if (end < limit) {
                if (hasEscape && buf[end] == escape) {
                    spill(start, end);
                    escaped();
                    continue;
                }
                if (!output.hasSpill()) {
                    if (end - start > maxField) {
                        throw tooLong(recordLine, output.count() + 1);
                    }
                    emit(buf, start, end - start, high >= 0);
                } else {
                    spill(start, end);
                    emitSpill();
                }
                return terminator();
            }
            spill(start, end);
            if (!fill()) {
                emitSpill();
                return false;
            }
        }
    }

    /** The hot loop: the end of the plain bytes from {@code from} (delimiter, line break or escape), in locals. */
    private int scanPlain(int from) {
        byte[] b = buf;
        boolean[] stops = plainStops;
        int lim = limit;
        int bits = 0;
        int p = from;
        while (p < lim) {
            byte c = b[p];
            if (stops[c & 0xFF]) {
                break;
            }
            bits |= c;
            p++;
        }
        high |= bits;
        return p;
    }

    /** At an escape character: the next character is taken literally (into the spill buffer). */
    private void escaped() {
        pos++;
        if (fill()) {
            high |= buf[pos];
            countLine(buf[pos]);
            spill(pos, pos + 1);
            pos++;
        }
    }

    private boolean quoted() {
        long openLine = line;
        int column = output.count() + 1;
        pos++;
        output.clearSpill();
        high = 0;
        while (true) {
            int start = pos;
            int end = scanQuoted(start);
            spill(start, end);
            pos = end;
            if (end >= limit) {
                if (!fill()) {
                    throw error(
                            openLine,
                            column,
                            "a quote opened here is never closed: the file ends inside a quoted"
                                    + " field. Check the quote character, or close the quote in the file.");
                }
                continue;
            }
            byte c = buf[end];
            if (c == quote) {
                pos++;
                if (fill() && buf[pos] == quote) {
                    spill(pos, pos + 1);
                    pos++;
                    continue;
                }
                if (line > openLine && strayQuoteColumns > 0) {
                    checkStrayQuote(openLine, column);
                }
                return afterClosingQuote();
            }
            if (hasEscape && c == escape) {
                escaped();
                continue;
            }
            countLine(c);
            spill(end, end + 1);
            pos++;
        }
    }

    private void checkStrayQuote(long openLine, int column) {
        StrayQuoteCheck.check(output.spillBytes(), output.spilled(), delimiter, strayQuoteColumns)
                .ifPresent(swallowed -> {
                    throw error(
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
                                    line,
                                    line - openLine + 1,
                                    swallowed.recordLike(),
                                    openLine + swallowed.firstOffset(),
                                    swallowed.firstText()));
                });
    }

    /** The end of the plain bytes inside quotes (quote, escape or line break), in locals. */
    private int scanQuoted(int from) {
        byte[] b = buf;
        int lim = limit;
        byte q = quote;
        byte e = hasEscape ? escape : q;
        int bits = 0;
        int p = from;
        while (p < lim) {
            byte c = b[p];
            if (c == q || c == e || c == LF || c == CR) {
                break;
            }
            bits |= c;
            p++;
        }
        high |= bits;
        if (p > from) {
            lastWasCr = false;
        }
        return p;
    }

    /** Characters between a closing quote and the delimiter are kept (lenient, as most tools are). */
    private boolean afterClosingQuote() {
        int start = pos;
        while (true) {
            if (pos >= limit) {
                spill(start, pos);
                start = pos;
                if (!fill()) {
                    break;
                }
                start = pos;
            }
            byte b = buf[pos];
            if (b == delimiter || b == LF || b == CR) {
                break;
            }
            pos++;
        }
        spill(start, pos);
        emitSpill();
        return terminator();
    }

    private void countLine(byte b) {
        if (b == LF) {
            if (!lastWasCr) {
                line++;
            }
            lastWasCr = false;
        } else if (b == CR) {
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
        byte b = buf[pos++];
        if (b == delimiter) {
            return true;
        }
        line++;
        if (b == CR && fill() && buf[pos] == LF) {
            pos++;
        }
        lastWasCr = false;
        return false;
    }

    private void emit(byte[] bytes, int offset, int length, boolean ascii) {
        if (!output.emit(bytes, offset, length, ascii)) {
            throw notUtf8();
        }
    }

    private void emitSpill() {
        if (!output.emitSpill()) {
            throw notUtf8();
        }
    }

    private void spill(int from, int to) {
        if (!output.spill(buf, from, to)) {
            throw tooLong(fieldLine, output.count() + 1);
        }
    }

    private SourceFormatException notUtf8() {
        return Encodings.notUtf8(file, fieldLine, output.count() + 1);
    }

    private SourceFormatException tooLong(long at, int column) {
        return error(
                at,
                column,
                "a field is longer than " + maxField + " bytes, the largest accepted. Redshift holds"
                        + " at most 65,535 bytes in a VARCHAR and 16 MB in a SUPER. If the field is quoted, a quote opened"
                        + " there is probably never closed: check the quote character; otherwise shorten the value.");
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
                    output.count() + 1,
                    "the bytes here are not valid in the chosen encoding. Choose the file's"
                            + " encoding (for example windows-1252 instead of UTF-8).");
        } catch (GzipSource.DamagedGzipException e) {
            throw new SourceFormatException(file, line, 0, e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceFormatException(file, line, 0, "reading failed (" + e.getMessage() + ").", e);
        }
    }

    private SourceFormatException error(long at, int column, String problem) {
        return new SourceFormatException(file, at, column, problem);
    }
}
