package com.redshiftloader.ui.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.app.StoreProfileService;
import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.load.JobSourceSettings;
import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.target.JdbcTargetCatalog;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.JobFiles;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.ui.columns.ColumnRow;
import com.redshiftloader.ui.columns.ColumnsStepViewModel;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.common.LogSaver;
import com.redshiftloader.ui.common.LogWriter;
import com.redshiftloader.ui.connection.ConnectionStepViewModel;
import com.redshiftloader.ui.source.SourceStepViewModel;
import com.redshiftloader.ui.target.TargetStepViewModel;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import com.redshiftloader.ui.wizard.StepHandover;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Save as job…" on the Load step, over the real profile store, file inspector and job files, without a window. */
class SaveJobViewModelTest {

    @TempDir
    Path directory;

    private final List<String> suggested = new ArrayList<>();
    private Optional<Path> chosenFile = Optional.empty();
    private final DirectBackgroundTasks tasks = new DirectBackgroundTasks();
    private final FileSourceInspector inspector = new FileSourceInspector();
    private ConnectionStepViewModel connection;
    private SourceStepViewModel source;
    private ColumnsStepViewModel columns;
    private TargetStepViewModel target;
    private LoadStepViewModel load;

    @BeforeEach
    void buildTheWizard() throws Exception {
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        ProfileStore store = new ProfileStore(directory.resolve("profiles"), binder);
        store.save(TestProfiles.bind(Map.of(
                        "engine", "postgres",
                        "host", "127.0.0.1",
                        "port", 5439,
                        "database", "dev",
                        "user", "loader",
                        "password", "not-in-the-job",
                        "schema", "sales"))
                .withName("warehouse"));
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseSourceFile() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseJobFileToSave(String suggestedName) {
                suggested.add(suggestedName);
                return chosenFile;
            }
        };
        StoreProfileService profiles =
                new StoreProfileService(store, binder, new LocalSandbox(directory.resolve("sandbox")));
        connection = new ConnectionStepViewModel(profiles, (profile, listener) -> null, tasks, dialogs);
        source = new SourceStepViewModel(inspector, tasks, dialogs);
        columns = StepHandover.columnsStep(source, connection::chosenProfile, inspector, tasks);
        target = new TargetStepViewModel(
                StepHandover.targetFeed(connection, source, columns),
                new JdbcTargetCatalog(() -> new JdbcConnector(
                        new RedshiftCredentialsProvider(name -> Optional.empty()), name -> Optional.empty())),
                profiles::startSandbox,
                tasks);
        Supplier<LoadStepInput> input = StepHandover.loadStepInput(connection, source, columns, target);
        load = new LoadStepViewModel(
                patterns -> {
                    throw new AssertionError("saving a job must not load");
                },
                tasks,
                new WizardPlanSource(input),
                new JobSaver(new WizardJobSource(input), dialogs, new JobFiles(), tasks),
                new LogSaver(dialogs, tasks, LogWriter.UTF8_TEXT),
                profiles::startSandbox,
                RunHistory.NONE,
                noResults(dialogs),
                dialogs);
    }

    private LoadResultViewModel noResults(DialogService dialogs) {
        return new LoadResultViewModel(
                (profile, table, limit) -> {
                    throw new AssertionError("saving a job must not read a table");
                },
                (file, limit) -> {
                    throw new AssertionError("saving a job must not read rejects");
                },
                tasks,
                dialogs);
    }

    private Path orders() throws Exception {
        Path file = directory.resolve("Orders 2026.csv");
        Files.writeString(file, """
                order id;zip;amount;note;shipped
                1;02134;19.99;first;Jun 12 1998
                2;10001;5.00;;jan 3 2024
                """, StandardCharsets.UTF_8);
        return file;
    }

    private void chooseEverything() throws Exception {
        connection.selectedProfileProperty().set("warehouse");
        source.open(orders());
        source.settings().encodingProperty().set("ISO-8859-1");
        ColumnRow id = columns.rows().get(0);
        id.nameProperty().set("id");
        id.mergeKeyProperty().set(true);
        columns.rows().get(1).overrideProperty().set("CHAR(5)");
        columns.rows().get(3).includeProperty().set(false);
        target.refresh(); // nothing listens on 127.0.0.1:5439: a new table, named after the file
        assertThat(target.validProperty().get()).isTrue();
        load.modeProperty().set(LoadMode.MERGE);
        load.pathProperty().set(LoadPath.INSERT);
        load.maxErrorsProperty().set("3");
    }

    @Test
    void savesTheWizardsChoicesAsAJobFile() throws Exception {
        chooseEverything();
        Path jobFile = directory.resolve("jobs/orders.job.yaml");
        chosenFile = Optional.of(jobFile);

        load.saveJob();

        assertThat(suggested).containsExactly("orders_2026.job.yaml");
        assertThat(load.resultProperty().get()).startsWith("Saved job to " + jobFile);
        assertThat(new JobFiles().read(jobFile))
                .isEqualTo(new LoadJob(
                        "warehouse",
                        directory.resolve("Orders 2026.csv").toAbsolutePath(),
                        new JobSourceSettings(
                                Optional.empty(),
                                Optional.of(Charset.forName("ISO-8859-1")),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                        LoadChoices.saved(
                                Optional.of("sales"),
                                Optional.of("orders_2026"),
                                Optional.of(LoadMode.MERGE),
                                List.of("id"),
                                Optional.of(LoadPath.INSERT),
                                Optional.of(3)),
                        List.of(
                                new JobColumn("order id", Optional.empty(), Optional.of("id"), false),
                                new JobColumn("zip", Optional.of(new RedshiftType.Char(5)), Optional.empty(), false),
                                new JobColumn("note", Optional.empty(), Optional.empty(), true))));
        assertThat(Files.readString(jobFile)).doesNotContain("not-in-the-job").doesNotContain("password");
    }

    @Test
    void aDateFormatTypedOnTheColumnsStepIsSavedInTheJob() throws Exception {
        chooseEverything();
        columns.rows().get(4).dateFormatProperty().set("mon dd yyyy");
        Path jobFile = directory.resolve("dated.job.yaml");
        chosenFile = Optional.of(jobFile);

        load.saveJob();

        assertThat(new JobFiles().read(jobFile).columns())
                .contains(new JobColumn(
                        "shipped",
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        Optional.of(DateLayout.parse("MON DD YYYY"))));
        assertThat(Files.readString(jobFile)).contains("date_format: MON DD YYYY");
    }

    @Test
    void cancellingTheFileDialogWritesNothing() throws Exception {
        chooseEverything();

        load.saveJob();

        assertThat(suggested).hasSize(1);
        assertThat(load.resultProperty().get()).isEmpty();
        assertThat(directory.resolve("jobs")).doesNotExist();
    }

    @Test
    void withoutASourceFileOrWithTheSandboxThereIsNoJob() throws Exception {
        connection.selectedProfileProperty().set("warehouse");
        load.saveJob();
        assertThat(load.resultProperty().get()).contains("Choose a readable source file");

        source.open(orders());
        connection.selectedProfileProperty().set(ConnectionStepViewModel.LOCAL_SANDBOX);
        load.saveJob();
        assertThat(load.resultProperty().get()).contains("saved profile");

        load.maxErrorsProperty().set("many");
        load.saveJob();
        assertThat(load.resultProperty().get()).contains("whole number");
        assertThat(suggested).isEmpty();
    }
}
