package com.redshiftloader.domain.load;

import java.time.LocalDateTime;
import java.util.List;

/** The loads run on this computer, kept between sessions: one line each, newest first. */
public interface RunHistory {

    /** A history that keeps nothing (for tests and tools). */
    RunHistory NONE = new RunHistory() {
        @Override
        public List<String> recent(int limit) {
            return List.of();
        }

        @Override
        public void record(String line) {}
    };

    /** The newest lines, at most {@code limit}. */
    List<String> recent(int limit);

    /** Adds a line (a finished, failed or cancelled load, with its time). */
    void record(String line);

    /** Adds what happened, stamped with the local date and time ({@code 2026-11-25 16:20:01 Loaded …}). */
    default void recordNow(String what) {
        record("%1$tF %1$tT %2$s".formatted(LocalDateTime.now(), what));
    }
}
