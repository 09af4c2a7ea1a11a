package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.infra.aws.StagedUploads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

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
    OptionalLong sourceLineOfConcatenatedLine(long line) {
        long before = 0;
        for (StagedPart part : parts) {
            if (line <= before + part.lines()) {
                return sourceLineInPart(part.name(), line - before);
            }
            before += part.lines();
        }
        return OptionalLong.empty();
    }

    /** The source line of the row at a line of one part, by the part's file name or URL. */
    OptionalLong sourceLineInPart(String partNameOrUrl, long line) {
        String name =
                partNameOrUrl.substring(partNameOrUrl.lastIndexOf('/') + 1).strip();
        Optional<StagedPart> part =
                parts.stream().filter(p -> p.name().equals(name)).findFirst();
        if (part.isEmpty() || line < 1) {
            return OptionalLong.empty();
        }
        try (InputStream in = new GZIPInputStream(uploads.read(runPrefix + name), 1 << 16)) {
            return scan(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), line);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Walks the rows, counting physical lines, to the row that covers {@code line}. */
    static OptionalLong scan(BufferedReader reader, long line) throws IOException {
        long current = 1;
        StringBuilder lastField = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) >= 0) {
            if (c == '"') {
                quoted = !quoted;
                lastField.setLength(0);
            } else if (c == ',' && !quoted) {
                lastField.setLength(0);
            } else if (c == '\n') {
                if (!quoted) {
                    if (current >= line) {
                        return parse(lastField);
                    }
                    lastField.setLength(0);
                }
                current++;
            } else if (!quoted) {
                lastField.append((char) c);
            }
        }
        return OptionalLong.empty();
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
