package com.redshiftloader.cli;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.time.MonotonicClock;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;

/**
 * Prints a load's phases and progress on stderr: one line every few seconds when stderr is not a terminal (logs, CI),
 * an updating line when it is. The first progress line waits that long after its phase began (a rate and an ETA from
 * the first milliseconds say nothing), and the last progress of a phase is printed before the next phase, so the
 * staging ends on its full count. Log events stay out (they go to the log file).
 */
final class LoadProgressPrinter implements LoadListener {

    private static final Duration PLAIN_INTERVAL = Duration.ofSeconds(2);
    private static final Duration TERMINAL_INTERVAL = Duration.ofMillis(200);

    private final PrintWriter err;
    private final boolean terminal;
    private final InstantSource clock;
    private Instant lastPrinted;
    private boolean lineOpen;
    private LoadEvent.Progress unprinted;
    private LoadEvent.Progress printed;

    /** @param clock the time lines are spaced in ({@link MonotonicClock} outside tests) */
    LoadProgressPrinter(PrintWriter err, boolean terminal, InstantSource clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public void on(LoadEvent event) {
        switch (event) {
            case LoadEvent.PhaseChanged phase -> {
                if (unprinted != null && !sameCount(unprinted, printed)) {
                    print(unprinted);
                }
                unprinted = null;
                lastPrinted = clock.instant();
                line(phase.phase().title() + "…");
            }
            case LoadEvent.Progress progress -> progress(progress);
            case LoadEvent.Log log -> {
                if (log.level() == LoadEvent.Level.WARN) {
                    line("warning: " + log.message());
                }
            }
        }
    }

    private void progress(LoadEvent.Progress progress) {
        Instant now = clock.instant();
        if (lastPrinted != null && now.isBefore(lastPrinted.plus(terminal ? TERMINAL_INTERVAL : PLAIN_INTERVAL))) {
            unprinted = progress;
            return;
        }
        lastPrinted = now;
        print(progress);
    }

    private static boolean sameCount(LoadEvent.Progress one, LoadEvent.Progress other) {
        return other != null && one.rows() == other.rows() && one.bytes() == other.bytes();
    }

    private void print(LoadEvent.Progress progress) {
        unprinted = null;
        printed = progress;
        String percent = progress.totalBytes() > 0
                ? String.format(Locale.ROOT, "%3d%% ", Math.min(100, progress.bytes() * 100 / progress.totalBytes()))
                : "";
        String text = String.format(
                Locale.ROOT,
                "%s%,d rows, %,.0f rows/s%s",
                percent,
                progress.rows(),
                progress.rowsPerSecond(),
                progress.remaining().map(d -> ", " + d.toSeconds() + " s left").orElse(""));
        if (terminal) {
            err.print("\r" + text + "   ");
            lineOpen = true;
            err.flush();
        } else {
            line(text);
        }
    }

    private void line(String text) {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
        err.println(text);
        err.flush();
    }
}
