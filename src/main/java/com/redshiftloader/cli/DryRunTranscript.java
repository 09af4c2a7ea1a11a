package com.redshiftloader.cli;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadListener;
import java.io.PrintWriter;

/**
 * What a dry run shows on standard output before its summary: every statement it ran (redacted: values are bound,
 * credentials masked) and what it would have done ("Created public.orders with 7 columns."), in order.
 */
final class DryRunTranscript implements LoadListener {

    private final PrintWriter out;

    DryRunTranscript(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void on(LoadEvent event) {
        if (event instanceof LoadEvent.Log log) {
            switch (log.level()) {
                case DEBUG -> out.println(log.message().endsWith(";") ? log.message() : log.message() + ";");
                case INFO -> out.println("-- " + log.message());
                default -> {
                    // warnings and errors go to standard error (LoadProgressPrinter)
                }
            }
        }
    }
}
