package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.load.LoadFixture;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.JobFiles;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.target.MappingRow;
import com.redshiftloader.ui.wizard.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Target step in the real window over the embedded PostgreSQL: an existing table picked from the filtered list
 * with its row count, the file's columns mapped onto it (reordered, added, NULL / default, one that does not fit),
 * a mapping changed by its drop-down, then the load lands the values in the mapped columns and a saved job keeps
 * the table and the mapping.
 */
@ExtendWith({PostgresDatabaseExtension.class, ApplicationExtension.class})
class TargetStepWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private final TestDatabase database;
    private final String table = "shipped_" + UUID.randomUUID().toString().substring(0, 8);
    private Path source;
    private Path jobFile;
    private MainViewModel viewModel;

    TargetStepWindowTest(TestDatabase database) {
        this.database = database;
    }

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory("target-step-window");
        source = root.resolve("shipments.csv");
        Files.writeString(source, """
                city,id,weight,code
                Lyon,1,2.5,abc
                Zürich,2,10.25,def
                """, StandardCharsets.UTF_8);
        jobFile = root.resolve("shipments.job.yaml");
        try (Connection connection = database.connect()) {
            LoadFixture.execute(
                    connection,
                    "CREATE TABLE public." + table + " (id INTEGER, city VARCHAR(40), kg NUMERIC(8,2), code INTEGER,"
                            + " loaded_at TIMESTAMP DEFAULT now())",
                    "INSERT INTO public." + table + " (id, city) VALUES (100, 'Old'), (101, 'Older')");
        }
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        ProfileStore store = new ProfileStore(root.resolve("profiles"), binder);
        store.save(TestProfiles.bind(TestProfiles.postgres(database)).withName("warehouse"));
        Map<String, Object> offline = new LinkedHashMap<>(TestProfiles.postgres(database));
        offline.put("port", 1); // nothing listens there
        store.save(TestProfiles.bind(offline).withName("offline"));
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseSourceFile() {
                return Optional.of(source);
            }

            @Override
            public Optional<Path> chooseJobFileToSave(String suggestedName) {
                return Optional.of(jobFile);
            }
        };
        viewModel = GuiFixture.show(
                stage,
                new GuiServices(
                        new UiPreferences(NODE),
                        dialogs,
                        new StoreProfileService(store, binder, new LocalSandbox(root.resolve("sandbox"))),
                        GuiFixture.NO_TESTS,
                        new FileSourceInspector(),
                        LoadFixture.loader()::withTemporalPatterns,
                        GuiFixture.TASKS,
                        RunHistory.NONE,
                        GuiFixture.TARGETS));
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void anExistingTablePickedFromTheListIsMappedAndTheLoadLandsInTheMappedColumns(FxRobot robot) throws Exception {
        pickTheExistingTable(robot);
        assertThat(GuiFixture.mappingStatuses(viewModel))
                .as("reordered columns match by name; an extra file column is added; the table's others are NULL")
                .contains("city → city : fits", "id → id : fits", "weight → " + MappingRow.ADD + " : will be added")
                .contains(" → kg : NULL / default: not in the file", " → loaded_at : NULL / default: not in the file")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("code → code : does not fit: ")
                        .contains("on line 2")
                        .contains("'abc'"));
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled())
                .as("text into INTEGER blocks the load until it is mapped elsewhere or skipped")
                .isTrue();

        GuiFixture.chooseTheTargetColumn(robot, viewModel, 2, "kg");
        GuiFixture.chooseTheTargetColumn(robot, viewModel, 3, MappingRow.SKIP);
        GuiFixture.awaitTheFitCheck(viewModel);
        assertThat(GuiFixture.mappingStatuses(viewModel))
                .contains("weight → kg : fits", "code → (skip) : skipped: not loaded");

        GuiFixture.passTheTargetStep(robot, viewModel);
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.LOAD);
        GuiFixture.startTheLoad(robot, viewModel);
        assertThat(robot.lookup("#resultText").queryAs(TextArea.class).getText())
                .startsWith("Loaded 2 rows into");
        robot.clickOn("#backButton");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !viewModel.target().readingProperty().get());
        GuiFixture.awaitTheFitCheck(viewModel);
        assertThat(GuiFixture.mappingStatuses(viewModel))
                .as("the table is listed again after the load; the user's choices stay")
                .contains("weight → kg : fits", "code → (skip) : skipped: not loaded");
        assertThat(robot.lookup("#rowsLabel").queryAs(Label.class).getText())
                .startsWith("public." + table + " has 4 rows");

        try (Connection connection = database.connect()) {
            assertThat(LoadFixture.rows(
                            connection,
                            "SELECT id, city, coalesce(kg::text, '-'), coalesce(code::text, '-') FROM public." + table
                                    + " ORDER BY id"))
                    .containsExactly(
                            List.of("1", "Lyon", "2.50", "-"),
                            List.of("2", "Zürich", "10.25", "-"),
                            List.of("100", "Old", "-", "-"),
                            List.of("101", "Older", "-", "-"));
        }
    }

    @Test
    void aColumnRenamedAfterTheMappingCannotLoadPastTheTargetStepUntilItIsMappedAgain(FxRobot robot) throws Exception {
        pickTheExistingTable(robot);
        GuiFixture.chooseTheTargetColumn(robot, viewModel, 2, "kg");
        GuiFixture.chooseTheTargetColumn(robot, viewModel, 3, MappingRow.SKIP);
        GuiFixture.passTheTargetStep(robot, viewModel);
        assertThat(viewModel.load().sqlPreviewProperty().get())
                .as("a plan to load")
                .isNotEmpty();

        robot.clickOn("#columnsStepButton");
        GuiFixture.editColumnCell(robot, 0, 2, "town");
        robot.clickOn("#loadStepButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.LOAD);
        assertThat(viewModel.load().sqlPreviewProperty().get())
                .as("the mapping was made for city, not town: loading it by name would add a column town")
                .isEmpty();
        assertThat(viewModel.load().summaryProperty().get())
                .contains("they changed after they were mapped onto public." + table)
                .contains("open the Target step");

        robot.clickOn("#targetStepButton");
        GuiFixture.awaitTheFitCheck(viewModel);
        assertThat(GuiFixture.mappingStatuses(viewModel))
                .as("the renamed column is mapped again; the others keep the user's choices")
                .contains(
                        "town → " + MappingRow.ADD + " : will be added",
                        "weight → kg : fits",
                        "code → (skip) : skipped: not loaded");
    }

    @Test
    void afterSwitchingToAConnectionWhoseTablesCannotBeReadNoTableOfTheFirstStaysChosen(FxRobot robot)
            throws Exception {
        pickTheExistingTable(robot);
        for (int step = 0; step < 3; step++) {
            robot.clickOn("#backButton");
        }
        robot.clickOn("offline");
        for (int step = 0; step < 3; step++) {
            robot.clickOn("#nextButton");
        }
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !viewModel.target().readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#existingTableRadio");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.target().tables()).as("offline lists nothing").isEmpty();
        assertThat(viewModel.target().selectedProperty().get())
                .as("the table chosen on warehouse")
                .isNull();
        assertThat(viewModel.target().mapsColumns()).isFalse();
        assertThat(viewModel.target().problemProperty().get())
                .isEqualTo("Pick a table from the list, or choose New table.");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void afterALoadTheTargetStepListsTheTableItCreatedWithItsRows(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "warehouse");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        robot.interact(() -> viewModel.target().tableNameProperty().set("created_" + table));
        GuiFixture.passTheTargetStep(robot, viewModel);
        GuiFixture.startTheLoad(robot, viewModel);
        assertThat(viewModel.load().resultProperty().get()).startsWith("Loaded 2 rows into public.created_" + table);

        robot.clickOn("#backButton");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !viewModel.target().readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.target().tables())
                .extracting(summary -> summary.name().toString())
                .contains("public.created_" + table);
        assertThat(viewModel.target().existingProperty().get())
                .as("the table the load created is now an existing one")
                .isTrue();
        assertThat(robot.lookup("#rowsLabel").queryAs(Label.class).getText())
                .startsWith("public.created_" + table + " has 2 rows; this load adds to them");
    }

    @Test
    void aJobSavedFromTheWindowKeepsTheTableAndTheMapping(FxRobot robot) throws Exception {
        pickTheExistingTable(robot);
        GuiFixture.chooseTheTargetColumn(robot, viewModel, 2, "kg");
        GuiFixture.chooseTheTargetColumn(robot, viewModel, 3, MappingRow.SKIP);
        GuiFixture.passTheTargetStep(robot, viewModel);

        robot.clickOn("#saveJobButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(jobFile));
        WaitForAsyncUtils.waitForFxEvents();

        LoadJob job = new JobFiles().read(jobFile);
        assertThat(job.choices().schema()).hasValue("public");
        assertThat(job.choices().table()).hasValue(table);
        assertThat(job.columns())
                .contains(
                        new JobColumn("weight", Optional.empty(), Optional.of("kg"), false),
                        new JobColumn("code", Optional.empty(), Optional.empty(), true));
    }

    @Test
    void whenTheTablesCannotBeReadTheStepSaysWhatToDoAndANewTableStillLoads(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "offline");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !viewModel.target().readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#newTableRadio").query().isFocused())
                .as("entering the step puts the focus on its first control")
                .isTrue();
        TextArea message = robot.lookup("#catalogMessage").queryAs(TextArea.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.isEditable()).as("selectable, not editable").isFalse();
        assertThat(message.isWrapText()).isTrue();
        assertThat(message.getText())
                .startsWith("Could not connect to read the tables")
                .contains("What to do: ");
        assertThat(viewModel.target().existingProperty().get()).isFalse();
        assertThat(robot.lookup("#tableField").queryAs(TextField.class).getText())
                .isEqualTo("shipments");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled())
                .as("a new table needs no catalog")
                .isFalse();
    }

    /** Connection → Source → Columns → Target, then Existing table, the filter, and the table's row in the list. */
    private void pickTheExistingTable(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "warehouse");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.TARGET);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !viewModel.target().readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.target().existingProperty().get())
                .as("shipments does not exist: a new table, named after the file")
                .isFalse();
        GuiFixture.chooseTheExistingTable(robot, viewModel, table.substring(0, 12), "public." + table);
        @SuppressWarnings("unchecked")
        TableView<Object> list = robot.lookup("#tableList").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.getColumns().get(1).getCellData(0)).isEqualTo("2 rows");
        assertThat(robot.lookup("#rowsLabel").queryAs(Label.class).getText())
                .isEqualTo("public." + table + " has 2 rows; this load adds to them (unless the Load step's mode"
                        + " truncates or replaces the table).");
    }
}
