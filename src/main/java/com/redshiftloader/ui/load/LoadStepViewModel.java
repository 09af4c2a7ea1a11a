package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.ui.common.LogConsole;
import com.redshiftloader.ui.common.LogLine;
import com.redshiftloader.ui.common.LogSaver;
import com.redshiftloader.ui.common.UiCounts;
import com.redshiftloader.ui.task.BackgroundTasks;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Load step: the options (mode, path, reject budget, dry run), a summary of what will happen and the SQL that
 * will run, then the load in the background with its phase, progress, rate, ETA and a live log, Cancel (which rolls
 * back), and the result.
 */
public final class LoadStepViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LoadStepViewModel.class);

    /** After a failure or a cancel: what the log said the load created (a table, columns) is gone again. */
    static final String ROLLED_BACK =
            "Everything was rolled back: the tables and columns this load created are gone, the table is as it was.";

    /** How many past loads the step lists. */
    public static final int HISTORY_SHOWN = 100;

    private final LoaderFactory loaders;
    private final BackgroundTasks tasks;
    private final PlanSource plans;
    private final JobSaver jobs;
    private final Callable<ConnectionProfile> startSandbox;
    private final ObjectProperty<LoadMode> mode = new SimpleObjectProperty<>(LoadMode.APPEND);
    private final ObjectProperty<LoadPath> path = new SimpleObjectProperty<>(LoadPath.AUTO);
    private final StringProperty maxErrors = new SimpleStringProperty("0");
    private final BooleanProperty dryRun = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper succeeded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper sqlPreview = new ReadOnlyStringWrapper("");
    private final BooleanProperty showSql = new SimpleBooleanProperty(false);
    private final LogConsole log;
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final RunHistory runHistory;
    private BackgroundTasks.Running runningLoad;
    /** Whether the running load's events still count: false once it is cancelled, done or failed. */
    private AtomicBoolean current = new AtomicBoolean(false);
    /** The connection the running (or last) load goes to, named in the history. */
    private String loadingOn = "";
    /** The table the running (or last) load goes to, named in the history. */
    private String loadingInto = "";

    /** Builds the plan from the earlier steps; empty with a reason when they are not complete. */
    public interface PlanSource {
        PlanResult plan(LoadMode mode, LoadPath path, int maxErrors, boolean dryRun);
    }

    /** A plan, or why there is none. */
    public sealed interface PlanResult {
        /** @param sandbox whether the target is the local sandbox, which must be started before the load */
        record Ready(LoadPlan plan, boolean sandbox, Map<String, TemporalPattern> temporalPatterns)
                implements PlanResult {}

        record NotReady(String reason) implements PlanResult {}
    }

    public LoadStepViewModel(
            LoaderFactory loaders,
            BackgroundTasks tasks,
            PlanSource plans,
            JobSaver jobs,
            LogSaver logs,
            Callable<ConnectionProfile> startSandbox,
            RunHistory runHistory) {
        this.loaders = loaders;
        this.runHistory = runHistory;
        history.setAll(runHistory.recent(HISTORY_SHOWN));
        this.jobs = jobs;
        this.startSandbox = startSandbox;
        this.tasks = tasks;
        this.plans = plans;
        this.log = new LogConsole(tasks, logs);
    }

    public ObjectProperty<LoadMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<LoadPath> pathProperty() {
        return path;
    }

    public StringProperty maxErrorsProperty() {
        return maxErrors;
    }

    public BooleanProperty dryRunProperty() {
        return dryRun;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The SQL the load will run (a preview, secrets redacted), or empty while the plan is not ready. */
    public ReadOnlyStringProperty sqlPreviewProperty() {
        return sqlPreview.getReadOnlyProperty();
    }

    /** Whether the SQL preview is shown. */
    public BooleanProperty showSqlProperty() {
        return showSql;
    }

    /** The live log console. */
    public LogConsole log() {
        return log;
    }

    /** The recent loads (kept between sessions, GUI and command line), newest first. */
    public ObservableList<String> history() {
        return history;
    }

    /** The step is valid once a load succeeded. */
    public BooleanBinding validProperty() {
        return succeeded.getReadOnlyProperty().and(running.getReadOnlyProperty().not());
    }

    /** Refreshes the summary from the earlier steps (on entering the step and after an option changes). */
    public void refresh() {
        switch (currentPlan()) {
            case PlanResult.Ready ready -> {
                summary.set(PlanSummary.of(ready.plan()));
                sqlPreview.set(LoadSqlPreview.of(ready.plan()));
            }
            case PlanResult.NotReady notReady -> {
                summary.set(notReady.reason());
                sqlPreview.set("");
            }
        }
    }

    /** Starts the load in the background. */
    public void startLoad() {
        if (running.get()) {
            return;
        }
        PlanResult planned = currentPlan();
        if (!(planned instanceof PlanResult.Ready ready)) {
            result.set(((PlanResult.NotReady) planned).reason());
            return;
        }
        LoadPlan plan = ready.plan();
        boolean sandbox = ready.sandbox();
        Map<String, TemporalPattern> patterns = Map.copyOf(ready.temporalPatterns());
        log.clear();
        result.set("");
        succeeded.set(false);
        running.set(true);
        progress.set(-1);
        phase.set("Starting");
        loadingOn = plan.profile().name();
        loadingInto = plan.target().toString();
        AtomicBoolean live = new AtomicBoolean(true);
        current = live;
        LoadListener listener = event -> tasks.onUiThread(() -> {
            if (live.get()) { // a cancelled load's last events (its clean-up) arrive after it was cancelled
                show(event);
            }
        });
        runningLoad = tasks.run(
                "load " + plan.target(),
                stop -> loaders.create(patterns).load(sandbox ? plan.withProfile(startSandbox.call()) : plan, listener),
                this::finished,
                this::failed);
    }

    /** Saves the current choices as a job file that {@code load --job} runs again; the result says where. */
    public void saveJob() {
        try {
            int budget = budget();
            jobs.save(mode.get(), path.get(), budget, result::set);
        } catch (IllegalArgumentException e) {
            result.set(e.getMessage());
        }
    }

    /** Cancels the running load: the loader rolls back, so the table is as it was. */
    public void cancel() {
        if (runningLoad != null && running.get()) {
            runningLoad.cancel();
            current.set(false);
            running.set(false);
            progress.set(0);
            progressText.set("");
            phase.set("Cancelled");
            result.set("Load cancelled: everything was rolled back, the table is unchanged.");
            log.append(new LogLine(LocalTime.now(), LoadEvent.Level.WARN, ROLLED_BACK));
            remember("cancelled the load into " + loadingInto + "; everything was rolled back");
        }
    }

    private PlanResult currentPlan() {
        try {
            return plans.plan(mode.get(), path.get(), budget(), dryRun.get());
        } catch (IllegalArgumentException e) {
            return new PlanResult.NotReady(e.getMessage());
        }
    }

    /** @throws IllegalArgumentException saying what is wrong with the reject budget */
    private int budget() {
        int budget;
        try {
            budget = Integer.parseInt(maxErrors.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The reject budget must be a whole number, not '" + maxErrors.get() + "'.", e);
        }
        if (budget < 0) {
            throw new IllegalArgumentException("The reject budget must be 0 or more.");
        }
        return budget;
    }

    private void show(LoadEvent event) {
        switch (event) {
            case LoadEvent.PhaseChanged changed -> phase.set(changed.phase().title());
            case LoadEvent.Progress moved -> {
                progress.set(LoadProgressText.fraction(moved));
                progressText.set(LoadProgressText.text(moved));
            }
            case LoadEvent.Log line -> log.append(new LogLine(LocalTime.now(), line.level(), line.message()));
        }
    }

    private void finished(LoadReport report) {
        current.set(false);
        running.set(false);
        succeeded.set(!report.dryRun());
        progress.set(1);
        phase.set(report.dryRun() ? "Dry run done" : "Done");
        String text = report.summary(UiCounts.locale());
        result.set(text);
        remember(text);
    }

    private void failed(Throwable failure) {
        current.set(false);
        running.set(false);
        if (progress.get() < 0) {
            progress.set(0); // an indeterminate bar would keep moving as if the load went on
        }
        phase.set("Failed");
        String text = failure instanceof LoadException load
                ? load.getMessage() + (load.fix().isEmpty() ? "" : System.lineSeparator() + load.fix())
                : Optional.ofNullable(failure.getMessage())
                        .orElse(failure.getClass().getSimpleName());
        result.set("Load failed, nothing was changed: " + text);
        LOG.error("The load into {} on {} failed: {}", loadingInto, loadingOn, failure.getMessage());
        log.append(new LogLine(LocalTime.now(), LoadEvent.Level.ERROR, "Load failed: " + text));
        log.append(new LogLine(LocalTime.now(), LoadEvent.Level.WARN, ROLLED_BACK));
        remember("the load into " + loadingInto + " failed: " + failure.getMessage());
    }

    private void remember(String what) {
        String line = "%1$tF %1$tT %2$s: %3$s".formatted(java.time.LocalDateTime.now(), loadingOn, what);
        history.addFirst(line);
        if (history.size() > HISTORY_SHOWN) {
            history.remove(HISTORY_SHOWN, history.size());
        }
        runHistory.record(line);
    }
}
