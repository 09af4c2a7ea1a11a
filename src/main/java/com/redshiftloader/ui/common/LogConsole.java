package com.redshiftloader.ui.common;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The live log of a load: lines arrive in batches on the UI thread, the list keeps the latest
 * {@link #MAX_LOG_LINES}, a level filter chooses the visible ones, and "Save log…" writes those to a file.
 */
public final class LogConsole {

    /** The console keeps the latest lines only, so a long load cannot exhaust memory. */
    public static final int MAX_LOG_LINES = 5_000;

    private final BackgroundTasks tasks;
    private final LogSaver saver;
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<LoadEvent.Level> level = new SimpleObjectProperty<>(LoadEvent.Level.INFO);
    private final FilteredList<LogLine> visible = new FilteredList<>(lines);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final List<LogLine> pending = new ArrayList<>();

    public LogConsole(BackgroundTasks tasks, LogSaver saver) {
        this.tasks = tasks;
        this.saver = saver;
        visible.predicateProperty()
                .bind(Bindings.createObjectBinding(() -> line -> line.level().compareTo(level.get()) >= 0, level));
    }

    /** The lines at or above the chosen level. */
    public ObservableList<LogLine> visible() {
        return visible;
    }

    public ObjectProperty<LoadEvent.Level> levelProperty() {
        return level;
    }

    /** What the last "Save log…" did, or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** All lines as text, for Copy. */
    public String text() {
        return String.join(
                System.lineSeparator(), lines.stream().map(LogLine::toString).toList());
    }

    /** Saves the visible lines to a file the user chooses; the status says how it went once written. */
    public void save() {
        saver.save(List.copyOf(visible), status::set);
    }

    /** Empties the console for a new load. */
    public void clear() {
        lines.clear();
        status.set("");
    }

    /** Adds a line (on the UI thread); lines added together reach the list in one change. */
    public void append(LogLine line) {
        pending.add(line);
        if (pending.size() == 1) {
            // Lines arriving together are added in one change, so a chatty load does not flood the list.
            tasks.onUiThread(this::flush);
        }
    }

    private void flush() {
        lines.addAll(pending);
        pending.clear();
        if (lines.size() > MAX_LOG_LINES) {
            lines.remove(0, lines.size() - MAX_LOG_LINES);
        }
    }
}
