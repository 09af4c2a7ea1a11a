package com.redshiftloader.infra.files;

import com.redshiftloader.domain.schema.SchemaInference;
import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.TypeSample;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Types a delimited file from rows spread over it, as DuckDB's sniffer does: the first rows, then runs of rows from
 * evenly spaced points, the last run at the end of the file. A sequence number, a date range or the longest text is
 * then seen where the first rows alone would miss it. A run starts after the first line break at its point, which
 * may be inside a quoted field: the first records of a run are left out, records of the wrong width end it, and a run
 * that cannot be read is dropped. A bad start can still only cost time, never a wrong type in the table: the full
 * scan has the last word (see {@code TypeConfirmation}).
 */
final class SpreadSample {

    /** Runs after the first rows; the first rows take a fifth of the sample. */
    static final int RUNS = 8;

    /** The last run reads the file's last bytes to the end. */
    static final long TAIL_BYTES = 256 * 1024;

    /**
     * Records read and left out at the start of each run: when the point falls inside a quoted line break, the rest
     * of that field reads as a record or two of its own.
     */
    private static final int SETTLING_RECORDS = 2;

    private static final int RUN_FIELD_LIMIT = 1 << 20;
    private static final int BUFFER = 1 << 16;

    private SpreadSample() {}

    static TypeSample read(Path file, SourceSettings settings, int rows) {
        int firstRows = spreadable(settings) ? Math.max(1, rows / 5) : rows;
        SchemaInference inference = new SchemaInference(settings.nullTokens());
        List<String> columns;
        int read = 0;
        try (var reader = SourceReaders.open(file, settings)) {
            Optional<SourceRecord> next;
            while (read < firstRows && (next = reader.next()).isPresent()) {
                inference.accept(reader.columns(), next.get());
                read++;
            }
            if (read < firstRows || !spreadable(settings)) {
                return new TypeSample(inference.results(), read < firstRows);
            }
            columns = reader.columns();
        }
        long size = size(file);
        int perRun = Math.max(1, (rows - firstRows) / RUNS);
        for (int run = 1; run < RUNS; run++) {
            readRun(file, settings, columns, inference, size * run / RUNS, perRun, false);
        }
        readRun(file, settings, columns, inference, Math.max(0, size - TAIL_BYTES), perRun, true);
        return new TypeSample(inference.results(), false);
    }

    /** Seeking needs an uncompressed, ASCII-compatible delimited file. */
    private static boolean spreadable(SourceSettings settings) {
        Charset encoding = settings.encoding();
        return (settings.format() == SourceFormat.CSV || settings.format() == SourceFormat.TSV)
                && !settings.gzip()
                && (encoding.equals(StandardCharsets.UTF_8)
                        || encoding.newEncoder().maxBytesPerChar() == 1.0f);
    }

    /**
     * Reads a run of {@code rows} records from {@code start}; with {@code toTheEnd}, reads on to the end of the file
     * and keeps the last {@code rows}.
     */
    private static void readRun(
            Path file,
            SourceSettings settings,
            List<String> columns,
            SchemaInference inference,
            long start,
            int rows,
            boolean toTheEnd) {
        Deque<SourceRecord> kept = new ArrayDeque<>();
        try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()), BUFFER)) {
            in.skipNBytes(start);
            int b;
            while ((b = in.read()) >= 0 && b != '\n' && b != '\r') {
                // to the end of the line the point falls in
            }
            CsvDialect dialect = settings.dialect().withHeader(false).withSkipLines(0);
            CsvTokenizer tokenizer = new CsvTokenizer(
                    in, settings.encoding(), file, dialect, Math.min(RUN_FIELD_LIMIT, settings.maxFieldBytes()));
            for (int i = -SETTLING_RECORDS; toTheEnd || i < rows; i++) {
                String[] fields = tokenizer.next();
                if (fields == null || fields.length != columns.size()) {
                    break;
                }
                if (i >= 0) {
                    kept.addLast(new SourceRecord(tokenizer.recordLine(), fields));
                    if (kept.size() > rows) {
                        kept.removeFirst();
                    }
                }
            }
        } catch (IOException | SourceFormatException e) {
            // a run that cannot be read (a quote opened before its point) only leaves rows out of the sample
            return;
        }
        kept.forEach(record -> inference.accept(columns, record));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
