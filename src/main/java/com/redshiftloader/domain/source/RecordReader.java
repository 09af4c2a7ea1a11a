package com.redshiftloader.domain.source;

import java.util.List;
import java.util.Optional;

/**
 * Streams the records of one source file; memory does not depend on the file size. Not thread-safe.
 *
 * <p>Reading problems surface as {@link SourceFormatException}.
 */
public interface RecordReader extends AutoCloseable {

    /**
     * The column names known so far: the header of a delimited file (or {@code column_1…} without one), or the
     * union of the JSON keys seen so far in first-seen order (it grows while reading).
     */
    List<String> columns();

    /** The next record, or empty at the end of the file. */
    Optional<SourceRecord> next();

    /**
     * Reads the next record into a visitor, which may be faster than {@link #next()} (no record object, no strings).
     *
     * @return false at the end of the file
     */
    default boolean nextInto(RecordVisitor visitor) {
        Optional<SourceRecord> next = next();
        if (next.isEmpty()) {
            return false;
        }
        String[] fields = next.get().fields();
        visitor.begin(next.get().line());
        for (int i = 0; i < fields.length; i++) {
            visitor.field(i, fields[i]);
        }
        visitor.end(fields.length);
        return true;
    }

    /** Warnings so far (ragged rows and the like), capped; the count is exact. */
    WarningLog warnings();

    /** Bytes consumed from the file so far (compressed bytes for a gzip file), for progress. */
    long bytesRead();

    @Override
    void close();
}
