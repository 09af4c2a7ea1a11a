package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.ByteField;
import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.RecordVisitor;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * An RFC 4180 tokenizer over bytes of an ASCII-compatible encoding (UTF-8, windows-1252; other encodings are
 * transcoded to UTF-8 first): quoted fields with delimiters, newlines and doubled quotes inside, LF, CRLF or CR line
 * endings, an optional escape character. Delimiters, quotes and line breaks are ASCII and never occur inside a
 * multi-byte UTF-8 character, so the bytes are split first and only each field is decoded, straight from the buffer.
 * That is several times faster than decoding to characters and then splitting (opencsv's CSVReader builds every
 * field character by character; see the benchmark). Fields are capped in length so that a runaway quote or a giant
 * field ends with an error naming the line, not an OutOfMemoryError.
 */
final class CsvTokenizer extends CsvByteInput {

    /** Redshift's most columns in a table; a record with more fields is not a table row. */
    static final int MAX_FIELDS = 1600;

    private final byte delimiter;
    private final byte quote;
    private final byte escape;
    private final boolean hasEscape;
    private final int maxField;
    private final FieldOutput output;
    private final boolean[] plainStops = new boolean[256];
    private long recordLine;
    private long fieldLine;
    private int high;
    private int strayQuoteColumns;

    CsvTokenizer(InputStream in, Charset charset, Path file, CsvDialect dialect, int maxField) {
        super(in, file);
        this.delimiter = CsvTokenizerErrors.ascii(dialect.delimiter(), "delimiter");
        this.quote = CsvTokenizerErrors.ascii(dialect.quote(), "quote");
        this.hasEscape = dialect.escape().isPresent() && dialect.escape().get() != dialect.quote();
        this.escape = hasEscape ? CsvTokenizerErrors.ascii(dialect.escape().get(), "escape character") : 0;
        this.maxField = maxField;
        this.output = new FieldOutput(charset, maxField);
        plainStops[delimiter & 0xFF] = true;
        plainStops[LF] = true;
        plainStops[CR] = true;
        if (hasEscape) {
            plainStops[escape & 0xFF] = true;
        }
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
                    throw errors.tooManyFields(recordLine, output.count());
                }
            }
            return true;
        }
        return false;
    }

    /** Reads one field and its terminator; true when another field of the same record follows. */
    private boolean field() {
        fieldLine = line;
        return fill() && buf[pos] == quote ? quoted() : unquoted();
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
                        throw errors.tooLong(recordLine, output.count() + 1, maxField);
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
                    throw errors.quoteNeverClosed(openLine, column);
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
                    throw errors.strayQuote(openLine, column, line, swallowed);
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
            throw errors.notUtf8(fieldLine, output.count() + 1);
        }
    }

    private void emitSpill() {
        if (!output.emitSpill()) {
            throw errors.notUtf8(fieldLine, output.count() + 1);
        }
    }

    private void spill(int from, int to) {
        if (!output.spill(buf, from, to)) {
            throw errors.tooLong(fieldLine, output.count() + 1, maxField);
        }
    }

    @Override
    int fieldColumn() {
        return output.count() + 1;
    }
}
