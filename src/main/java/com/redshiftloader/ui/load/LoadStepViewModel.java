package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.ui.common.DialogService;
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
import javafx.beans.property.StringProperty;
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
    private final LoadOptions options = new LoadOptions();
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
    private final LoadHistory history;
    private final LoadResultViewModel results;
    private final DialogService dialogs;
    private BackgroundTasks.Running runningLoad;
    /** Whether the running load's events still count: false once it is cancelled, done or failed. */
    private AtomicBoolean current = new AtomicBoolean(false);
    /** The connection the running (or last) load goes to, named in the history. */
    private String loadingOn = "";
    /** The table the running (or last) load goes to, named in the history. */
    private String loadingInto = "";
    /** The plan the shown result, log and progress belong to; empty when nothing is shown. */
    private Optional<LoadPlan> shownPlan = Optional.empty();
    /** The last load that succeeded (not a dry run), so that starting it again asks first. */
    private Optional<LandedLoad> lastLoaded = Optional.empty();

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
            RunHistory runHistory,
            LoadResultViewModel results,
            DialogService dialogs) {
        this.loaders = loaders;
        this.history = new LoadHistory(runHistory);
        this.results = results;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.startSandbox = startSandbox;
        this.tasks = tasks;
        this.plans = plans;
        this.log = new LogConsole(tasks, logs);
    }

    public ObjectProperty<LoadMode> modeProperty() {
        return options.mode;
    }

    public ObjectProperty<LoadPath> pathProperty() {
        return options.path;
    }

    public StringProperty maxErrorsProperty() {
        return options.maxErrors;
    }

    public BooleanProperty dryRunProperty() {
        return options.dryRun;
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
        return history.shown();
    }

    /** What the last load landed: the table's rows, its first rows read back, the rejected rows. */
    public LoadResultViewModel results() {
        return results;
    }

    /** The step is valid once a load succeeded. */
    public BooleanBinding validProperty() {
        return succeeded.getReadOnlyProperty().and(running.getReadOnlyProperty().not());
    }

    /**
     * Refreshes the summary from the earlier steps (on entering the step and after an option changes); a result, log
     * and progress shown for another plan than this one are cleared.
     */
    public void refresh() {
        PlanResult planned = currentPlan();
        switch (planned) {
            case PlanResult.Ready ready -> {
                summary.set(PlanSummary.of(ready.plan()));
                sqlPreview.set(LoadSqlPreview.of(ready.plan()));
            }
            case PlanResult.NotReady notReady -> {
                summary.set(notReady.reason());
                sqlPreview.set("");
            }
        }
        Optional<LoadPlan> plan =
                planned instanceof PlanResult.Ready ready ? Optional.of(ready.plan()) : Optional.empty();
        if (!running.get() && shownPlan.isPresent() && !shownPlan.equals(plan)) {
            clearShown();
        }
    }

    private void clearShown() {
        shownPlan = Optional.empty();
        log.clear();
        results.clear();
        result.set("");
        succeeded.set(false);
        phase.set("");
        progress.set(0);
        progressText.set("");
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
        if (lastLoaded.filter(loaded -> loaded.appendsAgain(plan)).isPresent()
                && !dialogs.confirm("Load again?", lastLoaded.get().againQuestion())) {
            return;
        }
        boolean sandbox = ready.sandbox();
        Map<String, TemporalPattern> patterns = Map.copyOf(ready.temporalPatterns());
        clearShown();
        shownPlan = Optional.of(plan);
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
                stop -> {
                    LoadPlan loading = sandbox ? plan.withProfile(startSandbox.call()) : plan;
                    return new LandedLoad(plan, loaders.create(patterns).load(loading, listener), loading.profile());
                },
                landed -> finished(landed, sandbox),
                this::failed);
    }

    /** Saves the current choices as a job file that {@code load --job} runs again; the result says where. */
    public void saveJob() {
        try {
            int budget = options.budget();
            jobs.save(options.mode.get(), options.path.get(), budget, result::set);
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
            history.remember(loadingOn, "cancelled the load into " + loadingInto + "; everything was rolled back");
        }
    }

    private PlanResult currentPlan() {
        try {
            return plans.plan(options.mode.get(), options.path.get(), options.budget(), options.dryRun.get());
        } catch (IllegalArgumentException e) {
            return new PlanResult.NotReady(e.getMessage());
        }
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

    private void finished(LandedLoad landed, boolean sandbox) {
        LoadReport report = landed.report();
        current.set(false);
        running.set(false);
        succeeded.set(!report.dryRun());
        progress.set(1);
        phase.set(report.dryRun() ? "Dry run done" : "Done");
        String text = report.summary(UiCounts.locale());
        result.set(text);
        if (!report.dryRun()) {
            lastLoaded = Optional.of(landed);
        }
        results.show(report, landed.profile(), sandbox);
        history.remember(loadingOn, text);
    }

    private void failed(Throwable failure) {
        current.set(false);
        running.set(false);
        if (progress.get() < 0) {
            progress.set(0); // an indeterminate bar would keep moving as if the load went on
        }
        phase.set("Failed");
        String text = LoadProgressText.failure(failure);
        result.set("Load failed, nothing was changed: " + text);
        LOG.error("The load into {} on {} failed: {}", loadingInto, loadingOn, failure.getMessage());
        log.append(new LogLine(LocalTime.now(), LoadEvent.Level.ERROR, "Load failed: " + text));
        log.append(new LogLine(LocalTime.now(), LoadEvent.Level.WARN, ROLLED_BACK));
        history.remember(loadingOn, "the load into " + loadingInto + " failed: " + failure.getMessage());
    }
}
