package com.redshiftloader.infra.load.pgcopy;

import java.io.IOException;

/**
 * PostgreSQL's binary COPY format, written record by record into a buffer that is handed on in chunks: the
 * signature, then per record its field count and each field as a length (-1 for NULL) and the bytes of the column
 * type's binary form ({@link BinaryColumn}), then the trailer. Not thread-safe.
 */
final class BinaryTuples extends BinaryBuffer {

    /** Where full chunks go, e.g. a COPY's {@code writeToCopy}. */
    @FunctionalInterface
    interface Chunks {
        void write(byte[] bytes, int length) throws IOException;
    }

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int CHUNK = 1 << 16;

    private final BinaryColumn[] columns;
    private final Chunks chunks;

    BinaryTuples(BinaryColumn[] columns, Chunks chunks) {
        super(CHUNK + 1024);
        this.columns = columns.clone();
        this.chunks = chunks;
        put(SIGNATURE, 0, SIGNATURE.length);
        putInt(0); // flags: no OIDs
        putInt(0); // no header extension
    }

    /** Starts a record: its field count. */
    void beginRecord() {
        putShort(columns.length);
    }

    /**
     * Adds a field of the current record (quotes removed); an empty value is NULL.
     *
     * @return why the column's type cannot take the value as PostgreSQL would read its text, or null when added
     */
    String field(int column, byte[] value, int length) {
        if (length == 0) {
            putInt(-1);
            return null;
        }
        // a type switch rather than an interface call: one call site for every column type is slow to dispatch
        return switch (columns[column]) {
            case BinaryColumn.Text text -> text.write(value, length, this);
            case BinaryColumn.WholeNumber number -> number.write(value, length, this);
            case BinaryColumn.Numeric numeric -> numeric.write(value, length, this);
            case BinaryColumn.Bool bool -> bool.write(value, length, this);
            case BinaryColumn.Temporal temporal -> temporal.write(value, length, this);
        };
    }

    /** Hands on a chunk when the buffer holds one. */
    void drain() throws IOException {
        if (size >= CHUNK) {
            flush();
        }
    }

    /** The trailer, and everything still buffered. */
    void finish() throws IOException {
        putShort(-1);
        flush();
    }

    private void flush() throws IOException {
        if (size > 0) {
            chunks.write(buffer, size);
            size = 0;
        }
    }
}
