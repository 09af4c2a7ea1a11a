package com.redshiftloader.infra.load.rejects;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import com.redshiftloader.domain.source.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The rejects CSV: the header {@code line,reason,fields}, then one row per set-aside record: its source line, the
 * reason, then its raw fields. opencsv writes the reason and the fields, every one quoted, so that an empty value
 * ({@code ""}) stays apart from a missing one (nothing between the commas); the line number goes before them
 * unquoted, as the file has always had it. The file is created on the first row.
 */
public final class RejectsWriter implements AutoCloseable {

    private static final String[] HEADER = {"line", "reason", "fields"};

    private final Path file;
    private final boolean append;
    private Writer out;
    private ICSVWriter csv;

    private RejectsWriter(Path file, boolean append) {
        this.file = file;
        this.append = append;
    }

    /**
     * A new rejects file, replacing one an earlier run left: that one goes at once, so that rows this run sets aside
     * later by appending (a COPY's rejects) never join an earlier run's, and a run that rejects nothing leaves none.
     */
    public static RejectsWriter replacing(Path file) {
        RejectsWriter writer = new RejectsWriter(file, false);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw writer.failure(e);
        }
        return writer;
    }

    /** Rows added after those already in the file (the header first when the file is new or empty). */
    public static RejectsWriter appendingTo(Path file) {
        return new RejectsWriter(file, true);
    }

    /** One record set aside: its line and raw fields ({@code null} fields stay empty), and why. */
    public void write(SourceRecord record, String reason) {
        write(record.line(), reason, record.fields());
    }

    /** One row: the source line (0 when unknown), the reason and the fields. */
    public void write(long line, String reason, String... fields) {
        String[] values = new String[fields.length + 1];
        values[0] = reason;
        System.arraycopy(fields, 0, values, 1, fields.length);
        try {
            open();
            out.write(Long.toString(line));
            out.write(',');
            csv.writeNext(values, true);
            failIfWriteFailed();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void open() throws IOException {
        if (out != null) {
            return;
        }
        boolean fresh = !append || !Files.exists(file) || Files.size(file) == 0;
        OpenOption[] options = append
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND}
                : new OpenOption[] {
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE
                };
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, options);
        csv = new CSVWriterBuilder(out).withLineEnd("\n").build();
        if (fresh) {
            csv.writeNext(HEADER, false);
            failIfWriteFailed();
        }
    }

    /** opencsv keeps a write's IOException instead of throwing it. */
    private void failIfWriteFailed() throws IOException {
        IOException failed = csv.getException();
        if (failed != null) {
            throw failed;
        }
    }

    private UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("Could not write the rejects file " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                csv.close();
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }
}
