package com.redshiftloader.infra.load.rejects;

import com.redshiftloader.domain.source.SourceRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The rejects CSV: one line per skipped row with its source line, the reason, then the raw fields. */
public final class RejectsWriter implements AutoCloseable {

    private final Path file;
    private BufferedWriter writer;
    private long rows;

    public RejectsWriter(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    long rows() {
        return rows;
    }

    public void write(SourceRecord record, String reason) {
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                writer.write("line,reason,fields\n");
            }
            StringBuilder line =
                    new StringBuilder().append(record.line()).append(',').append(quote(reason));
            for (String field : record.fields()) {
                line.append(',').append(field == null ? "" : quote(field));
            }
            writer.write(line.append('\n').toString());
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the rejects file " + file + ": " + e.getMessage(), e);
        }
    }

    public static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the rejects file " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
