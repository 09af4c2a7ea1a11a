package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.testinfra.ManualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadProgressPrinterTest {

    private final StringWriter err = new StringWriter();
    private final ManualClock clock = new ManualClock();
    private final LoadProgressPrinter printer = new LoadProgressPrinter(new PrintWriter(err), false, clock);

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
    void theFinalCountIsNotRepeated() {
        LoadProgressPrinter terminal = new LoadProgressPrinter(new PrintWriter(err), true, clock);
        terminal.on(new LoadEvent.PhaseChanged(LoadPhase.STAGING));
        clock.advanceMillis(250); // past the terminal's 200 ms between lines
        terminal.on(progress(1_000, 1_000));
        terminal.on(progress(1_000, 1_000)); // the filler's finish, right after its last batch
        terminal.on(new LoadEvent.PhaseChanged(LoadPhase.COMMITTING));

        assertThat(err.toString()).containsOnlyOnce("1,000 rows");
    }

    @Test
    void aPlainLogGetsALineEveryTwoSecondsAndATerminalOneEveryFifthOfASecond() {
        StringWriter screen = new StringWriter();
        LoadProgressPrinter terminal = new LoadProgressPrinter(new PrintWriter(screen), true, clock);
        printer.on(new LoadEvent.PhaseChanged(LoadPhase.STAGING));
        terminal.on(new LoadEvent.PhaseChanged(LoadPhase.STAGING));
        for (int tenth = 1; tenth <= 40; tenth++) { // four seconds, a progress event every tenth of one
            clock.advanceMillis(100);
            printer.on(progress(tenth, 10));
            terminal.on(progress(tenth, 10));
        }

        assertThat(err.toString().lines())
                .containsExactly(
                        "Staging…", "  1% 20 rows, 200 rows/s, 3 s left", "  1% 40 rows, 400 rows/s, 3 s left");
        assertThat(screen.toString().split("\r")).hasSize(1 + 20); // the updating line, redrawn every 200 ms
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
