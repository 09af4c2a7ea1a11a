package com.redshiftloader.infra.load.s3copy;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes encoded rows into numbered gzip part files in a temporary directory, starting a new part once the current
 * one holds the target number of compressed bytes, and hands each finished part to the uploader.
 */
final class PartFileWriter implements AutoCloseable {

    /** Receives a finished part file. */
    @FunctionalInterface
    interface PartSink {
        void accept(Path file, StagedPart part) throws IOException, InterruptedException;
    }

    private final Path directory;
    private final long targetBytes;
    private final int level;
    private final PartSink sink;
    private final List<StagedPart> parts = new ArrayList<>();
    private Path file;
    private CountingStream counter;
    private GZIPOutputStream gzip;
    private long rows;
    private long lines;
    private long firstSourceLine;

    /** @param level the gzip level, 1 (fastest) to 9 (smallest) */
    PartFileWriter(Path directory, long targetBytes, int level, PartSink sink) {
        this.directory = directory;
        this.targetBytes = targetBytes;
        this.level = level;
        this.sink = sink;
    }

    void write(CharSequence row, int newlines, long sourceLine) throws IOException, InterruptedException {
        if (gzip == null) {
            open(sourceLine);
        }
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        gzip.write(bytes);
        rows++;
        lines += newlines;
        if (counter.count >= targetBytes) {
            finishPart();
        }
    }

    private void open(long sourceLine) throws IOException {
        file = directory.resolve(partName(parts.size() + 1));
        counter = new CountingStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        gzip = new LeveledGzip(counter, level);
        rows = 0;
        lines = 0;
        firstSourceLine = sourceLine;
    }

    /** Closes the current part (if it has rows) and hands it to the sink. */
    void finishPart() throws IOException, InterruptedException {
        if (gzip == null) {
            return;
        }
        gzip.close();
        gzip = null;
        StagedPart part = new StagedPart(file.getFileName().toString(), rows, lines, firstSourceLine);
        parts.add(part);
        sink.accept(file, part);
    }

    static String partName(int number) {
        return String.format("part-%05d.csv.gz", number);
    }

    List<StagedPart> parts() {
        return List.copyOf(parts);
    }

    /** Deletes the part being written, if any (after a failure or a cancel). */
    @Override
    public void close() throws IOException {
        if (gzip != null) {
            try {
                gzip.close();
            } finally {
                gzip = null;
                Files.deleteIfExists(file);
            }
        }
    }

    private static final class LeveledGzip extends GZIPOutputStream {

        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out, 1 << 16);
            def.setLevel(level);
        }
    }

    private static final class CountingStream extends FilterOutputStream {

        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
