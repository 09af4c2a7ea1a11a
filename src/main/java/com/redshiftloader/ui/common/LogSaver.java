package com.redshiftloader.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Save log…": asks where to save, writes the lines as UTF-8 text, and says what happened. The lines are the console's,
 * already redacted by the loader, so no secret reaches the file.
 */
public final class LogSaver {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DialogService dialogs;
    private final Supplier<LocalDateTime> clock;

    public LogSaver(DialogService dialogs) {
        this(dialogs, LocalDateTime::now);
    }

    LogSaver(DialogService dialogs, Supplier<LocalDateTime> clock) {
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** The message for the user, or empty when they cancelled the file dialog. */
    public Optional<String> save(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return Optional.of("The log is empty: nothing to save.");
        }
        String suggested = "redshift-loader-" + STAMP.format(clock.get()) + ".log";
        return dialogs.chooseLogFileToSave(suggested).map(file -> write(lines, file));
    }

    private static String write(List<LogLine> lines, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, lines.stream().map(LogLine::toString).toList(), StandardCharsets.UTF_8);
            return "Saved %,d log lines to %s".formatted(lines.size(), file);
        } catch (IOException e) {
            return "Could not save the log to " + file + ": " + e.getMessage();
        }
    }
}
