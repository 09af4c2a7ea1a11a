package com.redshiftloader.domain.load;

import java.time.Duration;
import java.util.Optional;

/** What a running load reports, on the loading thread; listeners hand it off quickly. */
public sealed interface LoadEvent {

    record PhaseChanged(LoadPhase phase) implements LoadEvent {}

    /**
     * @param rows rows done so far
     * @param bytes source bytes read so far
     * @param totalBytes the source's size (compressed size for gzip)
     * @param rowsPerSecond the current rate
     * @param remaining the estimated time left, when it can be estimated
     */
    record Progress(long rows, long bytes, long totalBytes, double rowsPerSecond, Optional<Duration> remaining)
            implements LoadEvent {}

    /** A log line for the live console; never holds a secret (SQL is redacted). */
    record Log(Level level, String message) implements LoadEvent {}

    enum Level {
        DEBUG,
        INFO,
        WARN,
        ERROR
    }
}
