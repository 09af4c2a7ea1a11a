package com.redshiftloader.infra.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/**
 * The bytes {@link CsvTokenizer} splits: a buffer refilled from the stream as it is consumed, and the physical line
 * count (LF, CRLF and CR each end a line) that every error names. A superclass rather than a field of the tokenizer
 * because the tokenizer's loops read {@link #buf}, {@link #pos} and {@link #limit} for every field: as fields of the
 * same object they cost no extra load.
 */
abstract class CsvByteInput {

    static final byte LF = '\n';
    static final byte CR = '\r';

    private static final int BUFFER = 1 << 16;

    final byte[] buf = new byte[BUFFER];
    int pos;
    int limit;
    long line = 1;
    boolean lastWasCr;

    final CsvTokenizerErrors errors;

    private final InputStream in;
    private boolean eof;

    CsvByteInput(InputStream in, Path file) {
        this.in = in;
        this.errors = new CsvTokenizerErrors(file);
    }

    /** The field being read, 1-based, for an error while reading the input. */
    abstract int fieldColumn();

    /** Skips whole physical lines, ignoring quotes (for preamble lines before the header). */
    final void skipLines(int lines) {
        long target = line + lines;
        while (line < target && fill()) {
            countLine(buf[pos++]);
        }
        if (lastWasCr && fill() && buf[pos] == LF) {
            pos++;
        }
        lastWasCr = false;
    }

    final void countLine(byte b) {
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

    /** True when a byte is at {@link #pos}, reading the next block when the buffer is used up; false at the end. */
    final boolean fill() {
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
            throw errors.notInTheEncoding(line, fieldColumn());
        } catch (GzipSource.DamagedGzipException e) {
            throw errors.damagedGzip(line, e);
        } catch (IOException e) {
            throw errors.readingFailed(line, e);
        }
    }
}
