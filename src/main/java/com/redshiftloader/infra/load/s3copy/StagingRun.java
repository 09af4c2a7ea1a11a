package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.time.MonotonicClock;
import com.redshiftloader.infra.aws.StagedUploads;
import com.redshiftloader.infra.load.convert.StageRow;
import com.redshiftloader.infra.load.stage.ConvertedRows;
import com.redshiftloader.infra.load.stage.RowSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * One pass over the source: converted rows (checked, rejects within the budget set aside) become CSV rows in gzip
 * parts, each finished part goes to the uploader while the
 * next is written. Reports progress about twice a second; checks for a cancel after every record.
 */
final class StagingRun implements AutoCloseable {

    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);
    private static final long MAX_PART_BYTES = 1024L * 1024 * 1024;

    private final RowSource source;
    private final LoadPlan plan;
    private final S3CopySettings settings;
    private final StagedUploads uploads;
    private final LoadListener listener;
    private final Path directory;
    private final OptionalInt slices;
    private final InstantSource clock;
    private long rows;

    /**
     * Creates the temporary directory for the part files; {@link #close()} deletes it.
     *
     * @param slices the cluster's slice count when known: the parts are then a multiple of it
     * @param clock the time progress is reported in ({@link MonotonicClock} outside tests)
     */
    StagingRun(
            RowSource source,
            S3CopySettings settings,
            StagedUploads uploads,
            LoadListener listener,
            OptionalInt slices,
            InstantSource clock)
            throws IOException {
        this.slices = slices;
        this.clock = clock;
        this.directory = Files.createTempDirectory("redshift-loader-stage-");
        this.source = source;
        this.plan = source.plan();
        this.settings = settings;
        this.uploads = uploads;
        this.listener = listener;
    }

    /** Writes and submits every part; returns them in manifest order. */
    List<StagedPart> writeAndUpload() throws IOException, InterruptedException, LoadException {
        listener.on(new LoadEvent.PhaseChanged(LoadPhase.STAGING));
        List<StagedPart> parts = writeParts(directory);
        listener.on(new LoadEvent.PhaseChanged(LoadPhase.UPLOADING));
        return parts;
    }

    private List<StagedPart> writeParts(Path directory) throws IOException, InterruptedException, LoadException {
        CsvPartEncoder encoder = new CsvPartEncoder(plan.columns());
        long totalBytes = Files.size(plan.file());
        PartPlan cuts = PartPlan.of(totalBytes, settings.partTargetBytes(), slices);
        long compressedCap = settings.partTargetBytes();
        if (cuts.bySourceOffset()) {
            compressedCap = Math.min(MAX_PART_BYTES, compressedCap * 4);
            listener.on(new LoadEvent.Log(
                    LoadEvent.Level.INFO,
                    "Cutting the file into " + cuts.parts() + " parts, a multiple of the cluster's " + slices.getAsInt()
                            + " slices"));
        }
        long started = clock.millis();
        long reported = started;
        StringBuilder row = new StringBuilder(4096);
        try (ConvertedRows reader = source.open();
                PartFileWriter writer =
                        new PartFileWriter(directory, compressedCap, settings.gzipLevel(), this::upload)) {
            Optional<StageRow> next;
            while ((next = reader.next()).isPresent()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("Cancelled while staging");
                }
                row.setLength(0);
                int newlines = encoder.encode(next.get(), row);
                writer.write(row, newlines, next.get().line());
                if (cuts.partEnds(writer.parts().size(), reader.bytesRead())) {
                    writer.finishPart();
                }
                rows++;
                long now = clock.millis(); // once a row: no Instant allocated
                if (now - reported >= PROGRESS_INTERVAL.toMillis()) {
                    reported = now;
                    progress(reader.bytesRead(), totalBytes, Duration.ofMillis(now - started));
                }
            }
            writer.finishPart();
            progress(reader.bytesRead(), totalBytes, Duration.ofMillis(clock.millis() - started));
            return writer.parts();
        }
    }

    private void upload(Path file, StagedPart part) throws IOException, InterruptedException {
        listener.on(
                new LoadEvent.Log(LoadEvent.Level.DEBUG, "Uploading " + part.name() + " (" + part.rows() + " rows)"));
        uploads.submit(file, part.name());
    }

    private void progress(long bytes, long totalBytes, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        double rate = rows / seconds;
        Optional<Duration> remaining = bytes > 0 && totalBytes >= bytes
                ? Optional.of(Duration.ofMillis((long) ((totalBytes - bytes) * (seconds * 1000) / bytes)))
                : Optional.empty();
        listener.on(new LoadEvent.Progress(rows, bytes, totalBytes, rate, remaining));
    }

    long rows() {
        return rows;
    }

    /** Deletes the part files not yet uploaded (after a failure) and the temporary directory. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
