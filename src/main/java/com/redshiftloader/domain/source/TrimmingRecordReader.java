package com.redshiftloader.domain.source;

import java.util.List;
import java.util.Optional;

/**
 * The one place where values are trimmed: a reader whose every value (quoted or not, delimited or JSON) has lost its
 * leading and trailing spaces and tabs, so that inference, Check values and every load path see the same values. A
 * value that is blank, or a null token once trimmed, is then read as that token. Other white space (line breaks
 * inside quotes, non-breaking spaces) is kept.
 */
public final class TrimmingRecordReader implements RecordReader {

    private final RecordReader reader;
    private final TrimmingVisitor trimming = new TrimmingVisitor();

    public TrimmingRecordReader(RecordReader reader) {
        this.reader = reader;
    }

    /** Whether the character is one that trimming removes: a space or a tab. */
    public static boolean isBlank(int character) {
        return character == ' ' || character == '\t';
    }

    /** The value without its leading and trailing spaces and tabs. */
    public static String trim(String value) {
        int start = start(value);
        int end = end(value, start);
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    /** The value trimmed; a {@link ByteField} is narrowed in place (it is only valid during a visit anyway). */
    static CharSequence trim(CharSequence value) {
        int start = start(value);
        int end = end(value, start);
        if (start == 0 && end == value.length()) {
            return value;
        }
        if (value instanceof ByteField field) {
            field.narrow(start, end);
            return field;
        }
        return value.subSequence(start, end);
    }

    private static int start(CharSequence value) {
        int start = 0;
        while (start < value.length() && isBlank(value.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int end(CharSequence value, int start) {
        int end = value.length();
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    @Override
    public List<String> columns() {
        return reader.columns();
    }

    @Override
    public Optional<SourceRecord> next() {
        return reader.next().map(TrimmingRecordReader::trimmed);
    }

    private static SourceRecord trimmed(SourceRecord record) {
        String[] fields = record.fields();
        String[] trimmed = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            trimmed[i] = fields[i] == null ? null : trim(fields[i]);
        }
        return new SourceRecord(record.line(), trimmed);
    }

    @Override
    public boolean nextInto(RecordVisitor visitor) {
        trimming.target = visitor;
        return reader.nextInto(trimming);
    }

    @Override
    public WarningLog warnings() {
        return reader.warnings();
    }

    @Override
    public long bytesRead() {
        return reader.bytesRead();
    }

    @Override
    public void close() {
        reader.close();
    }

    /** Hands each value on trimmed; reused for every record. */
    private static final class TrimmingVisitor implements RecordVisitor {

        private RecordVisitor target;

        @Override
        public void begin(long line) {
            target.begin(line);
        }

        @Override
        public void field(int column, CharSequence value) {
            target.field(column, value == null ? null : trim(value));
        }

        @Override
        public void end(int fields) {
            target.end(fields);
        }
    }
}
