package com.redshiftloader.domain.source;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One record of a source file, as read (no null-token interpretation yet).
 *
 * @param line the physical line (1-based) where the record starts, for error messages
 * @param fields the raw field values by column position; a position past the end, or a {@code null} element, is a
 *     value absent from the record (a JSON key missing or JSON {@code null})
 */
public record SourceRecord(long line, String[] fields) {

    /** The value at a column position, empty when the record has no value there. */
    public Optional<String> field(int column) {
        return column < fields.length ? Optional.ofNullable(fields[column]) : Optional.empty();
    }

    /** The number of fields the record carries. */
    public int size() {
        return fields.length;
    }

    /** The fields as an unmodifiable list (elements may be null for absent values). */
    public List<String> asList() {
        return Collections.unmodifiableList(Arrays.asList(fields));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRecord that && line == that.line && Arrays.equals(fields, that.fields);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return "SourceRecord[line=" + line + ", fields=" + Arrays.toString(fields) + "]";
    }
}
