package com.redshiftloader.domain.source;

/**
 * Receives a record field by field, without a record object: the fast path of the full scan. Values are only valid
 * during the call (they may be {@link ByteField} views of a reusable buffer); copy with {@code toString()} to keep
 * one.
 */
public interface RecordVisitor {

    /** A record starts at this physical line. */
    void begin(long line);

    /**
     * One field.
     *
     * @param column the 0-based position
     * @param value the value, or null when absent (JSON null or missing key)
     */
    void field(int column, CharSequence value);

    /** The record ended after {@code fields} fields. */
    void end(int fields);
}
