package com.redshiftloader.cli;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints a load's phases and progress on stderr: one line every few seconds when stderr is not a terminal (logs, CI),
 * an updating line when it is. The first progress line waits that long after its phase began (a rate and an ETA from
 * the first milliseconds say nothing), and the last progress of a phase is printed before the next phase, so the
 * staging ends on its full count. Log events stay out (they go to the log file).
 */
final class LoadProgressPrinter implements LoadListener {

    private static final long PLAIN_INTERVAL_NANOS = 2_000_000_000L;
    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastPrinted;
    private boolean lineOpen;
    private LoadEvent.Progress unprinted;
    private LoadEvent.Progress printed;

    LoadProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void on(LoadEvent event) {
        switch (event) {
            case LoadEvent.PhaseChanged phase -> {
                if (unprinted != null && !sameCount(unprinted, printed)) {
                    print(unprinted);
                }
                unprinted = null;
                lastPrinted = System.nanoTime();
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
        long now = System.nanoTime();
        if (now - lastPrinted < (terminal ? TERMINAL_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
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
