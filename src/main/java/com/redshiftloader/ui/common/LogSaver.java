package com.redshiftloader.ui.common;

import com.redshiftloader.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Save log…": asks where to save, writes the lines as text in the background (never on the UI thread), and says
 * what happened. The lines are the console's, already redacted by the loader, so no secret reaches the file.
 */
public final class LogSaver {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final LogWriter writer;
    private final Supplier<LocalDateTime> clock;

    public LogSaver(DialogService dialogs, BackgroundTasks tasks, LogWriter writer) {
        this(dialogs, tasks, writer, LocalDateTime::now);
    }

    LogSaver(DialogService dialogs, BackgroundTasks tasks, LogWriter writer, Supplier<LocalDateTime> clock) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Saves the lines to a file the user chooses; {@code report} then gets the message for the user on the UI thread
     * (nothing when they cancel the file dialog).
     */
    public void save(List<LogLine> lines, Consumer<String> report) {
        if (lines.isEmpty()) {
            report.accept("The log is empty: nothing to save.");
            return;
        }
        String suggested = "redshift-loader-" + STAMP.format(clock.get()) + ".log";
        dialogs.chooseLogFileToSave(suggested).ifPresent(file -> write(lines, file, report));
    }

    private void write(List<LogLine> lines, Path file, Consumer<String> report) {
        List<String> text = lines.stream().map(LogLine::toString).toList();
        tasks.run(
                "save log",
                stop -> {
                    writer.write(file, text);
                    return file;
                },
                written -> report.accept("Saved %,d log lines to %s".formatted(lines.size(), written)),
                failure -> report.accept("Could not save the log to " + file + ": " + failure.getMessage()));
    }
}
