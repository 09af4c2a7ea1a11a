package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadPhase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadProgressPrinterTest {

    private final StringWriter err = new StringWriter();
    private final LoadProgressPrinter printer = new LoadProgressPrinter(new PrintWriter(err), false);

    private static LoadEvent.Progress progress(long rows, long bytes) {
        return new LoadEvent.Progress(rows, bytes, 1_000, rows * 10.0, Optional.of(Duration.ofSeconds(3)));
    }

    @Test
    void aPhaseEndsOnItsLastProgressAndTheFirstMillisecondsPrintNone() {
        printer.on(new LoadEvent.PhaseChanged(LoadPhase.STAGING));
        printer.on(progress(0, 10));
        printer.on(progress(400, 500));
        printer.on(progress(1_000, 1_000));
        printer.on(new LoadEvent.PhaseChanged(LoadPhase.COMMITTING));

        assertThat(err.toString().lines())
                .containsExactly("Staging…", "100% 1,000 rows, 10,000 rows/s, 3 s left", "Committing…");
    }

    @Test
    void theFinalCountIsNotRepeated() throws InterruptedException {
        LoadProgressPrinter terminal = new LoadProgressPrinter(new PrintWriter(err), true);
        terminal.on(new LoadEvent.PhaseChanged(LoadPhase.STAGING));
        Thread.sleep(250); // past the terminal's 200 ms between lines
        terminal.on(progress(1_000, 1_000));
        terminal.on(progress(1_000, 1_000)); // the filler's finish, right after its last batch
        terminal.on(new LoadEvent.PhaseChanged(LoadPhase.COMMITTING));

        assertThat(err.toString()).containsOnlyOnce("1,000 rows");
    }

    @Test
    void nothingIsPrintedTwice() {
        printer.on(new LoadEvent.PhaseChanged(LoadPhase.STAGING));
        printer.on(progress(5, 1_000));
        printer.on(new LoadEvent.PhaseChanged(LoadPhase.COMMITTING));
        printer.on(new LoadEvent.PhaseChanged(LoadPhase.CLEANING_UP));

        assertThat(err.toString().lines())
                .containsExactly("Staging…", "100% 5 rows, 50 rows/s, 3 s left", "Committing…", "Cleaning up…");
    }
}
