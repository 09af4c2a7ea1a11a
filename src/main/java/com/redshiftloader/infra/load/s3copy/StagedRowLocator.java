package com.redshiftloader.infra.load.s3copy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import com.redshiftloader.infra.aws.StagedUploads;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Finds the source line of a row COPY rejected, from a physical line number: of the concatenated parts (how
 * PostgreSQL counts) or of one part (how Redshift's error tables count). The part is read back from S3 and scanned,
 * so no per-row bookkeeping is kept while staging; its last field is the source line that was written.
 */
final class StagedRowLocator {

    private final StagedUploads uploads;
    private final String runPrefix;
    private final List<StagedPart> parts;

    StagedRowLocator(StagedUploads uploads, String runPrefix, List<StagedPart> parts) {
        this.uploads = uploads;
        this.runPrefix = runPrefix;
        this.parts = List.copyOf(parts);
    }

    /** The source line of the row at a line of all parts concatenated in manifest order. */
    OptionalLong sourceLineOfConcatenatedLine(long line) throws IOException {
        long before = 0;
        for (StagedPart part : parts) {
            if (line <= before + part.lines()) {
                return sourceLineInPart(part.name(), line - before);
            }
            before += part.lines();
        }
        return OptionalLong.empty();
    }

    /**
     * The source line of the row at a line of one part, by the part's file name or URL; empty when no staged part
     * has that name or the part has no such line.
     *
     * @throws IOException when the part cannot be read back (its key and the line sought are in the message)
     */
    OptionalLong sourceLineInPart(String partNameOrUrl, long line) throws IOException {
        String name =
                partNameOrUrl.substring(partNameOrUrl.lastIndexOf('/') + 1).strip();
        Optional<StagedPart> part =
                parts.stream().filter(p -> p.name().equals(name)).findFirst();
        if (part.isEmpty() || line < 1) {
            return OptionalLong.empty();
        }
        String key = runPrefix + name;
        try (InputStream in = new GZIPInputStream(uploads.read(key), 1 << 16)) {
            return scan(new InputStreamReader(in, StandardCharsets.UTF_8), line);
        } catch (IOException | SdkException e) {
            throw new IOException(
                    "Could not read the staged part " + key + " back to find its line " + line + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Reads the part's rows (RFC 4180, as {@link CsvPartEncoder} writes them), counting physical lines, to the row
     * that covers {@code line}; its last field is the source line.
     */
    static OptionalLong scan(Reader part, long line) throws IOException {
        try (CSVReader rows = new CSVReaderBuilder(part)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withVerifyReader(false) // a gzip stream is often not "ready" between its blocks
                .build()) {
            String[] row;
            while ((row = rows.readNext()) != null) {
                if (rows.getLinesRead() >= line) {
                    return parse(row[row.length - 1]);
                }
            }
            return OptionalLong.empty();
        } catch (CsvValidationException e) {
            throw new IOException("The staged part is not the CSV it was written as: " + e.getMessage(), e);
        }
    }

    /** The source line from the end of a raw staged row (Redshift's raw_line), when it is complete. */
    static OptionalLong fromRawLine(String rawLine) {
        String trimmed = rawLine.strip();
        return parse(trimmed.substring(trimmed.lastIndexOf(',') + 1));
    }

    private static OptionalLong parse(CharSequence digits) {
        try {
            return OptionalLong.of(Long.parseLong(digits.toString().strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
