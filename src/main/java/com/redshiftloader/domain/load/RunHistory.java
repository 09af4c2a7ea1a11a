package com.redshiftloader.domain.load;

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
}
