package com.redshiftloader.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.ui.task.BackgroundTasks;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Save log…" without a window: the file dialog is scripted, the background work runs on the test's thread. */
class LogSaverTest {

    @TempDir
    Path directory;

    private final List<String> suggested = new ArrayList<>();
    private final List<String> reported = new ArrayList<>();
    private final List<String> writtenInTask = new ArrayList<>();
    private Optional<Path> chosen = Optional.empty();
    private boolean inBackgroundTask;

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

    /** Background tasks that mark the time their work runs, so the writer can tell where it was called from. */
    private final BackgroundTasks tasks = new BackgroundTasks() {
        private final DirectBackgroundTasks direct = new DirectBackgroundTasks();

        @Override
        public <T> Running run(String name, Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
            return direct.run(
                    name,
                    stop -> {
                        inBackgroundTask = true;
                        try {
                            return work.call(stop);
                        } finally {
                            inBackgroundTask = false;
                        }
                    },
                    done,
                    failed);
        }

        @Override
        public void onUiThread(Runnable update) {
            direct.onUiThread(update);
        }
    };

    private final LogWriter writer = (file, lines) -> {
        writtenInTask.add(
                file.getFileName() + (inBackgroundTask ? " in a background task" : " on the caller's thread"));
        LogWriter.UTF8_TEXT.write(file, lines);
    };

    private final LogSaver saver = new LogSaver(dialogs, tasks, writer, () -> LocalDateTime.of(2026, 3, 4, 5, 6, 7));

    private static final List<LogLine> LINES = List.of(
            new LogLine(LocalTime.of(9, 15, 0), LoadEvent.Level.INFO, "Created public.orders with 3 columns."),
            new LogLine(LocalTime.of(9, 15, 1), LoadEvent.Level.WARN, "Zoë's row: 2 values 🚚 trimmed"));

    @Test
    void writesTheLinesAsUtf8TextToTheChosenFileInABackgroundTask() throws Exception {
        chosen = Optional.of(directory.resolve("logs/run.log"));

        saver.save(LINES, reported::add);

        assertThat(suggested).containsExactly("redshift-loader-20260304-050607.log");
        assertThat(writtenInTask).containsExactly("run.log in a background task");
        assertThat(reported).containsExactly("Saved 2 log lines to " + directory.resolve("logs/run.log"));
        assertThat(Files.readAllLines(directory.resolve("logs/run.log"), StandardCharsets.UTF_8))
                .containsExactly(
                        "09:15:00 INFO  Created public.orders with 3 columns.",
                        "09:15:01 WARN  Zoë's row: 2 values 🚚 trimmed");
    }

    @Test
    void cancellingTheDialogWritesNothingAndSaysNothing() {
        saver.save(LINES, reported::add);

        assertThat(reported).isEmpty();
        assertThat(suggested).hasSize(1);
        assertThat(writtenInTask).isEmpty();
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void anEmptyLogIsNotSaved() {
        saver.save(List.of(), reported::add);

        assertThat(reported).containsExactly("The log is empty: nothing to save.");
        assertThat(suggested).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsReported() throws Exception {
        Path directoryInTheWay = Files.createDirectory(directory.resolve("taken"));
        chosen = Optional.of(directoryInTheWay);

        saver.save(LINES, reported::add);

        assertThat(reported).singleElement().asString().startsWith("Could not save the log to " + directoryInTheWay);
    }
}
