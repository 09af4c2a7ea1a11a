package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.BadRecordException;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.RecordVisitor;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.WarningLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records of a CSV or TSV file: header (or generated names), then rows. A ragged row (another number of fields than
 * columns) is a warning while inspecting; while loading it is a {@link BadRecordException}, unless it is short and
 * the settings fill missing fields with NULL. Extra fields are never dropped while loading.
 */
final class CsvRecordReader implements RecordReader {

    private static final int SHOWN = 80;

    private final SourceStreams streams;
    private final CsvTokenizer tokenizer;
    private final Path file;
    private final List<String> columns;
    private final boolean loading;
    private final boolean fillMissing;
    private final char delimiter;
    private final WarningLog warnings = new WarningLog(20);
    private String[] pending;

    /** @param loading whether ragged rows are bad records (a load) rather than warnings (an inspection) */
    CsvRecordReader(Path file, SourceSettings settings, SourceStreams streams, boolean loading) {
        this.file = file;
        this.loading = loading;
        this.fillMissing = settings.fillMissing();
        this.delimiter = settings.dialect().delimiter();
        this.streams = streams;
        SourceStreams.TokenizerInput input = streams.tokenizerInput(settings, warnings);
        this.tokenizer =
                new CsvTokenizer(input.bytes(), input.charset(), file, settings.dialect(), settings.maxFieldBytes());
        tokenizer.skipLines(settings.dialect().skipLines());
        String[] first = tokenizer.next();
        if (first == null) {
            streams.close();
            throw new SourceFormatException(
                    file,
                    0,
                    0,
                    "the file is empty (no header, no rows)."
                            + " Choose a file with data, or check the lines to skip.");
        }
        if (settings.dialect().header()) {
            this.columns = List.of(first);
        } else {
            this.pending = first;
            this.columns = generatedNames(first.length);
        }
        if (!settings.multilineValues()) {
            tokenizer.refuseStrayQuotes(columns.size());
        }
    }

    private static List<String> generatedNames(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add("column_" + i);
        }
        return List.copyOf(names);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Optional<SourceRecord> next() {
        String[] fields;
        if (pending != null) {
            fields = pending;
            pending = null;
        } else {
            fields = tokenizer.next();
        }
        if (fields == null) {
            return Optional.empty();
        }
        SourceRecord record = new SourceRecord(tokenizer.recordLine(), fields);
        if (fields.length != columns.size()) {
            if (loading && !(fillMissing && fields.length < columns.size())) {
                throw badRecord(record);
            }
            ragged(fields.length);
        }
        return Optional.of(record);
    }

    private BadRecordException badRecord(SourceRecord record) {
        int found = record.size();
        String start = String.join(String.valueOf(delimiter), record.fields());
        if (start.length() > SHOWN) {
            start = start.substring(0, SHOWN) + "…";
        }
        String fix = found < columns.size()
                ? " Check the delimiter and the quotes on that line, or fix the row; to load short rows with NULL for"
                        + " the missing values, fill missing fields (--fill-missing, or the Source step's checkbox)."
                : " Check the delimiter and the quotes on that line (a value with the delimiter in it must be"
                        + " quoted), or fix the row.";
        return new BadRecordException(
                record,
                file + ", line " + String.format(Locale.ROOT, "%,d", record.line()),
                "the record has " + found + " fields but the file has " + columns.size() + " columns (" + start + ")."
                        + fix);
    }

    private void ragged(int count) {
        String what = count < columns.size() ? "the missing values are read as NULL" : "the extra values are ignored";
        warnings.add(
                tokenizer.recordLine(),
                Math.min(count, columns.size()) + 1,
                "the record has " + count + " fields but there are " + columns.size() + " columns; " + what
                        + ". Check the delimiter, or fix the row in " + file.getFileName() + ".");
    }

    @Override
    public boolean nextInto(RecordVisitor visitor) {
        if (pending != null || loading) {
            return RecordReader.super.nextInto(visitor);
        }
        int fields = tokenizer.nextInto(visitor);
        if (fields < 0) {
            return false;
        }
        if (fields != columns.size()) {
            ragged(fields);
        }
        visitor.end(fields);
        return true;
    }

    @Override
    public WarningLog warnings() {
        return warnings;
    }

    @Override
    public long bytesRead() {
        return streams.rawBytesRead();
    }

    @Override
    public void close() {
        streams.close();
    }
}
