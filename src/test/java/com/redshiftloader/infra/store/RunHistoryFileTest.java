package com.redshiftloader.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryFileTest {

    @TempDir
    Path directory;

    @Test
    void keepsLoadsBetweenSessionsNewestFirst() {
        Path file = directory.resolve("data/history.log");
        new RunHistoryFile(file).record("2026-11-25 10:00:00 Loaded 5 rows into public.orders");
        new RunHistoryFile(file).record("2026-11-25 11:00:00 failed: line 3\nsecond line");
        assertThat(new RunHistoryFile(file).recent(10))
                .containsExactly(
                        "2026-11-25 11:00:00 failed: line 3 second line",
                        "2026-11-25 10:00:00 Loaded 5 rows into public.orders");
        assertThat(new RunHistoryFile(file).recent(1)).hasSize(1);
    }

    @Test
    void keepsOnlyTheNewestThousandLines() throws Exception {
        RunHistoryFile history = new RunHistoryFile(directory.resolve("history.log"));
        for (int i = 1; i <= 2 * RunHistoryFile.KEEP + 1; i++) {
            history.record("load " + i);
        }
        assertThat(Files.readAllLines(directory.resolve("history.log"))).hasSize(RunHistoryFile.KEEP);
        assertThat(history.recent(1)).containsExactly("load " + (2 * RunHistoryFile.KEEP + 1));
    }

    @Test
    void aMissingFileIsAnEmptyHistory() {
        assertThat(new RunHistoryFile(directory.resolve("none.log")).recent(5)).isEmpty();
    }
}
