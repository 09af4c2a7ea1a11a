package com.redshiftloader.infra.load.pgcopy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Reads a delimited file's bytes the way PostgreSQL's {@code COPY … (FORMAT csv, NULL '')} does, and checks that it
 * would load every record exactly as the loader's own reader and converter would, in one streaming pass. Beyond the
 * value rules of each column ({@link BinaryValueRule}), the two must split the file the same way: a quote only
 * opens a field at its start and closes it before a delimiter or a line end; one kind of line ending outside quotes;
 * no blank line (the reader skips it, COPY reads a NULL); every record with one field per column. And they must see
 * the same NULLs: only an unquoted empty field is NULL to COPY, while the reader also takes a quoted empty field and
 * every null token ({@code NULL}, {@code NA}…) for NULL, so a file with those cannot go to binary COPY; nor can a
 * value with blanks around it when the reader trims values.
 */
final class BinaryCopyScan {

    /** The outcome of a check. */
    sealed interface Verdict {
        /** COPY reads the file as the loader would; {@code records} data records (the header excluded). */
        record Exact(long records) implements Verdict {}

        /** The converting path must load the file: why, at which physical line. */
        record NotExact(long line, String reason) implements Verdict {}
    }

    private static final int BUFFER = 1 << 16;
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED,
        AFTER_CR
    }

    private final byte delimiter;
    private final byte quote;
    private final boolean header;
    private final boolean multilineValues;
    private final BinaryFieldCheck values;
    private final BinaryTuples tuples;
    private byte[] field = new byte[256];
    private int length;
    private boolean quoted;
    private int column;
    private long line = 1;
    private long records;
    private int lineEnding;
    private boolean recordHasBytes;
    private boolean headerDone;
    private boolean crInQuotes;
    private String problem;

    /**
     * @param rules the value rule of each column, in file order
     * @param multilineValues whether quoted values may span lines unchecked; otherwise the first such value sends the
     *     file to the converting path, whose reader checks it for a stray quote
     * @param nullTokens the file's null tokens; the empty token must be one of them
     * @param trim whether the reader trims values; then a value with a space or tab at either end sends the file to
     *     the converting path (COPY would keep them)
     * @param tuples given every data record that passes, in PostgreSQL's binary form (the stream is abandoned at the
     *     first difference)
     */
    BinaryCopyScan(
            char delimiter,
            char quote,
            boolean header,
            boolean multilineValues,
            List<BinaryValueRule> rules,
            Set<String> nullTokens,
            boolean trim,
            Optional<BinaryTuples> tuples) {
        this.tuples = tuples.orElse(null);
        this.delimiter = (byte) delimiter;
        this.quote = (byte) quote;
        this.header = header;
        this.multilineValues = multilineValues;
        this.values = new BinaryFieldCheck(rules, nullTokens, trim);
    }

    /**
     * Reads the whole stream (the file's bytes after any byte-order mark, decompressed), or stops at the first
     * difference.
     *
     * @param progress set to the data records checked so far
     * @param stop polled now and then; true ends the check early (the verdict is then not exact)
     */
    Verdict check(InputStream in, AtomicLong progress, BooleanSupplier stop) throws IOException {
        byte[] buffer = new byte[BUFFER];
        State state = State.FIELD_START;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            int i = 0;
            while (i < n && problem == null) {
                if (state == State.UNQUOTED || state == State.QUOTED) {
                    int end = state == State.UNQUOTED ? plainEnd(buffer, i, n) : quotedEnd(buffer, i, n);
                    appendRun(buffer, i, end);
                    i = end;
                    if (i == n) {
                        break;
                    }
                }
                state = step(state, buffer[i++]);
            }
            if (problem != null) {
                return new Verdict.NotExact(line, problem);
            }
            if (tuples != null) {
                tuples.drain();
            }
            progress.lazySet(records);
            if (stop.getAsBoolean()) {
                return new Verdict.NotExact(line, "stopped");
            }
        }
        finish(state);
        progress.set(records);
        return problem == null ? new Verdict.Exact(records) : new Verdict.NotExact(line, problem);
    }

    /** The hot loops: runs of bytes that only extend the field, in locals. */
    private int plainEnd(byte[] buffer, int from, int to) {
        byte d = delimiter;
        byte q = quote;
        int i = from;
        while (i < to) {
            byte b = buffer[i];
            if (b == d || b == q || b == LF || b == CR) {
                break;
            }
            i++;
        }
        return i;
    }

    private int quotedEnd(byte[] buffer, int from, int to) {
        byte q = quote;
        int i = from;
        while (i < to) {
            byte b = buffer[i];
            if (b == q || b == LF || b == CR) {
                break;
            }
            i++;
        }
        return i;
    }

    private void appendRun(byte[] buffer, int from, int to) {
        int run = to - from;
        if (run == 0) {
            return;
        }
        crInQuotes = false;
        if (length + run > field.length) {
            field = Arrays.copyOf(field, Math.max(field.length * 2, length + run));
        }
        System.arraycopy(buffer, from, field, length, run);
        length += run;
    }

    private State step(State state, byte b) {
        return switch (state) {
            case FIELD_START -> fieldStart(b);
            case UNQUOTED -> unquoted(b);
            case QUOTED -> inQuotes(b);
            case QUOTE_IN_QUOTED -> afterQuote(b);
            case AFTER_CR -> afterCr(b);
        };
    }

    private State fieldStart(byte b) {
        length = 0;
        quoted = b == quote;
        if (quoted) {
            recordHasBytes = true;
            return State.QUOTED;
        }
        return unquoted(b);
    }

    private State unquoted(byte b) {
        if (b == delimiter) {
            recordHasBytes = true;
            endField();
            return State.FIELD_START;
        }
        if (b == LF || b == CR) {
            return lineEnd(b);
        }
        if (b == quote) {
            problem = "a quote inside an unquoted field";
        }
        recordHasBytes = true;
        append(b);
        return State.UNQUOTED;
    }

    private State inQuotes(byte b) {
        if (b == quote) {
            return State.QUOTE_IN_QUOTED;
        }
        // line breaks inside quotes count as the reader counts them: CR, LF and CRLF are one line each
        if (b == CR || (b == LF && !crInQuotes)) {
            line++;
            if (!multilineValues) {
                // the reader tells a stray quote from a real multi-line value (StrayQuoteCheck); COPY cannot
                problem = "a quoted value spans lines";
            }
        }
        crInQuotes = b == CR;
        append(b);
        return State.QUOTED;
    }

    private State afterQuote(byte b) {
        if (b == quote) {
            append(b);
            return State.QUOTED;
        }
        if (b == delimiter) {
            endField();
            return State.FIELD_START;
        }
        if (b == LF || b == CR) {
            return lineEnd(b);
        }
        problem = "characters after a closing quote";
        return State.QUOTED;
    }

    /** After an unquoted CR: an LF makes it CRLF, anything else starts the next record. */
    private State afterCr(byte b) {
        if (b == LF) {
            ending(2);
            return State.FIELD_START;
        }
        ending(3);
        return fieldStart(b);
    }

    private State lineEnd(byte b) {
        if (!recordHasBytes && column == 0) {
            problem = "a blank line";
            return State.FIELD_START;
        }
        endField();
        endRecord();
        if (problem != null) {
            return State.FIELD_START;
        }
        line++;
        if (b == CR) {
            return State.AFTER_CR;
        }
        ending(1);
        return State.FIELD_START;
    }

    /** 1 LF, 2 CRLF, 3 CR: COPY takes the first line's ending for the whole file. */
    private void ending(int kind) {
        if (lineEnding == 0) {
            lineEnding = kind;
        } else if (lineEnding != kind) {
            problem = "mixed line endings";
        }
    }

    private void finish(State state) {
        if (problem == null && state == State.FIELD_START && column == 0 && !headerDone && records == 0) {
            problem = "no record at all (the reader refuses an empty file)";
        }
        if (problem != null) {
            return;
        }
        switch (state) {
            case QUOTED -> problem = "the file ends inside quotes";
            case AFTER_CR -> ending(3);
            case FIELD_START -> {
                if (column > 0) {
                    // the file ends right after a delimiter: its last field is empty (the field buffer still holds
                    // the one before it)
                    length = 0;
                    quoted = false;
                    endField();
                    endRecord();
                }
            }
            case UNQUOTED, QUOTE_IN_QUOTED -> {
                endField();
                endRecord();
            }
        }
    }

    private void append(byte b) {
        if (length == field.length) {
            field = Arrays.copyOf(field, length * 2);
        }
        field[length++] = b;
    }

    private void endField() {
        if (column >= values.columns()) {
            problem = "more fields than columns";
            return;
        }
        if ((!header || headerDone) && problem == null) {
            problem = values.refuse(column, field, length, quoted);
            if (problem == null && tuples != null) {
                encode();
            }
        }
        column++;
    }

    private void encode() {
        if (column == 0) {
            tuples.beginRecord();
        }
        String refusal = tuples.field(column, field, length);
        if (refusal != null) {
            problem = "column " + (column + 1) + ": " + refusal;
        }
    }

    private void endRecord() {
        if (problem == null && column != values.columns()) {
            problem = "a record with " + column + " fields for " + values.columns() + " columns";
        }
        if (header && !headerDone) {
            headerDone = true;
        } else {
            records++;
        }
        column = 0;
        recordHasBytes = false;
    }
}
