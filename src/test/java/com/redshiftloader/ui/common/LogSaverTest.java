package com.redshiftloader.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Save log…" without a window: the file dialog is scripted. */
class LogSaverTest {

    @TempDir
    Path directory;

    private final List<String> suggested = new ArrayList<>();
    private Optional<Path> chosen = Optional.empty();

    private final DialogService dialogs = new DialogService() {
        @Override
        public Optional<Path> chooseSourceFile() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseLogFileToSave(String suggestedName) {
            suggested.add(suggestedName);
            return chosen;
        }
    };

    private final LogSaver saver = new LogSaver(dialogs, () -> LocalDateTime.of(2026, 3, 4, 5, 6, 7));

    private static final List<LogLine> LINES = List.of(
            new LogLine(LocalTime.of(9, 15, 0), LoadEvent.Level.INFO, "Created public.orders with 3 columns."),
            new LogLine(LocalTime.of(9, 15, 1), LoadEvent.Level.WARN, "Zoë's row: 2 values 🚚 trimmed"));

    @Test
    void writesTheLinesAsUtf8TextToTheChosenFile() throws Exception {
        chosen = Optional.of(directory.resolve("logs/run.log"));

        Optional<String> message = saver.save(LINES);

        assertThat(suggested).containsExactly("redshift-loader-20260304-050607.log");
        assertThat(message).contains("Saved 2 log lines to " + directory.resolve("logs/run.log"));
        assertThat(Files.readAllLines(directory.resolve("logs/run.log"), StandardCharsets.UTF_8))
                .containsExactly(
                        "09:15:00 INFO  Created public.orders with 3 columns.",
                        "09:15:01 WARN  Zoë's row: 2 values 🚚 trimmed");
    }

    @Test
    void cancellingTheDialogWritesNothingAndSaysNothing() {
        assertThat(saver.save(LINES)).isEmpty();
        assertThat(suggested).hasSize(1);
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void anEmptyLogIsNotSaved() {
        assertThat(saver.save(List.of())).contains("The log is empty: nothing to save.");
        assertThat(suggested).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsReported() throws Exception {
        Path directoryInTheWay = Files.createDirectory(directory.resolve("taken"));
        chosen = Optional.of(directoryInTheWay);

        assertThat(saver.save(LINES)).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Could not save the log to " + directoryInTheWay));
    }
}
