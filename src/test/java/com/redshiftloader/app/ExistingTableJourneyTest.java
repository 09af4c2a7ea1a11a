package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.infra.store.JobFiles;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.ui.target.MappingRow;
import com.redshiftloader.ui.wizard.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole journey through the real window into an existing table of the embedded PostgreSQL, as an analyst makes it
 * with a file that does not match the table: its columns in another order, one the table lacks, one named otherwise,
 * and dates written {@code Jun 12 1998}. The date layout is given on the Columns step; the table is picked, the
 * renamed column mapped and the mapping read on the Target step; after the load the Result tab shows the table's
 * rows as the database returns them.
 */
@ExtendWith({PostgresDatabaseExtension.class, ApplicationExtension.class})
class ExistingTableJourneyTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());
    private static final int TYPE = 3;
    private static final int OVERRIDE = 4;
    private static final int DATE_FORMAT = 5;

    private final TestDatabase database;
    private final String table = "deliveries_" + UUID.randomUUID().toString().substring(0, 8);
    private LoadResultWindow window;

    ExistingTableJourneyTest(TestDatabase database) {
        this.database = database;
    }

    @Start
    void start(Stage stage) throws Exception {
        window = new LoadResultWindow(stage, database, NODE);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void aReorderedFileWithAnExtraColumnAndMonDdYyyyDatesLandsInTheExistingTableAndTheGridShowsIt(FxRobot robot)
            throws Exception {
        window.source = anExistingTableAndAFileThatDoesNotMatchIt();
        GuiFixture.openFile(robot, window.viewModel, "warehouse");
        robot.clickOn("#nextButton");
        giveTheDateLayoutOnTheColumnsStep(robot);
        robot.clickOn("#nextButton");
        pickTheTableAndReadTheMapping(robot);
        GuiFixture.passTheTargetStep(robot, window.viewModel);
        GuiFixture.startTheLoad(robot, window.viewModel);
        window.awaitTheGrid();
        readWhatLanded(robot);
        aJobSavedNowKeepsTheLayoutAndTheMapping(robot);
    }

    private void aJobSavedNowKeepsTheLayoutAndTheMapping(FxRobot robot) throws Exception {
        robot.clickOn("#saveJobButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedJob().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        LoadJob job = new JobFiles().read(savedJob().orElseThrow());
        assertThat(job.choices().table()).hasValue(table);
        assertThat(job.columns())
                .contains(new JobColumn(
                        "shipped",
                        Optional.empty(),
                        Optional.of("shipped_on"),
                        false,
                        Optional.of(DateLayout.parse("MON DD YYYY"))));
    }

    @Test
    void aTextColumnReadInItsLayoutMeetsTheTablesDateColumnValueByValueAndLandsAsDates(FxRobot robot) throws Exception {
        window.source = anExistingTableAndAFileThatDoesNotMatchIt();
        GuiFixture.openFile(robot, window.viewModel, "warehouse");
        robot.clickOn("#nextButton");
        GuiFixture.editColumnCell(robot, 0, OVERRIDE, "VARCHAR(20)");
        GuiFixture.editColumnCell(robot, 0, DATE_FORMAT, "MON DD YYYY");
        robot.clickOn("#nextButton");
        GuiFixture.chooseTheExistingTable(robot, window.viewModel, table, "public." + table);
        GuiFixture.chooseTheTargetColumn(robot, window.viewModel, 0, "shipped_on");
        GuiFixture.awaitTheFitCheck(window.viewModel);

        assertThat(GuiFixture.mappingStatuses(window.viewModel))
                .as("the fit check reads the values in the column's layout, as the load does")
                .contains("shipped → shipped_on : each value is checked: one that does not fit is a rejected row");
        GuiFixture.passTheTargetStep(robot, window.viewModel);
        GuiFixture.startTheLoad(robot, window.viewModel);
        assertThat(window.viewModel.load().resultProperty().get()).startsWith("Loaded 3 rows into public." + table);
        assertThat(database.query(
                        "SELECT id || '|' || shipped_on FROM public." + table + " WHERE id < 100 ORDER BY id"))
                .containsExactly("1|1998-06-12", "2|2024-01-03", "3|1999-12-31");
    }

    private Path anExistingTableAndAFileThatDoesNotMatchIt() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE public." + table
                    + " (id INTEGER, city VARCHAR(40), shipped_on DATE, note VARCHAR(20))");
            statement.execute("INSERT INTO public." + table + " VALUES (100, 'Old', DATE '1990-01-01', 'kept')");
        }
        Path file = Files.writeString(window.root.resolve(table + ".csv"), """
                shipped,city,id,weight
                Jun 12 1998,Lyon,1,2.5
                Jan 03 2024,Zürich,2,10.25
                DEC 31 1999,Köln,3,
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** Jun 12 1998 is no layout the detection knows: text, until the user gives its layout. */
    @SuppressWarnings("unchecked")
    private void giveTheDateLayoutOnTheColumnsStep(FxRobot robot) {
        assertThat(window.viewModel.wizard().currentStep()).isEqualTo(WizardStep.COLUMNS);
        TableView<Object> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        assertThat((String) columns.getColumns().get(TYPE).getCellData(0))
                .as("Jun 12 1998 is not a layout the detection knows")
                .startsWith("VARCHAR");

        GuiFixture.editColumnCell(robot, 0, DATE_FORMAT, "MON DD YYYY");
        assertThat(columns.getColumns().get(TYPE).getCellData(0)).isEqualTo("DATE");
    }

    private void pickTheTableAndReadTheMapping(FxRobot robot) throws Exception {
        assertThat(window.viewModel.wizard().currentStep()).isEqualTo(WizardStep.TARGET);
        GuiFixture.chooseTheExistingTable(robot, window.viewModel, table, "public." + table);
        assertThat(GuiFixture.mappingStatuses(window.viewModel))
                .containsExactly(
                        "shipped → " + MappingRow.ADD + " : will be added",
                        "city → city : fits",
                        "id → id : fits",
                        "weight → " + MappingRow.ADD + " : will be added",
                        " → shipped_on : NULL / default: not in the file",
                        " → note : NULL / default: not in the file");

        GuiFixture.chooseTheTargetColumn(robot, window.viewModel, 0, "shipped_on");
        GuiFixture.awaitTheFitCheck(window.viewModel);
        assertThat(GuiFixture.mappingStatuses(window.viewModel))
                .as("the layout goes with the column to its new name: its values fit the DATE column")
                .containsExactly(
                        "shipped → shipped_on : fits",
                        "city → city : fits",
                        "id → id : fits",
                        "weight → " + MappingRow.ADD + " : will be added",
                        " → note : NULL / default: not in the file");
        assertThat(robot.lookup("#rowsLabel").queryAs(Label.class).getText())
                .startsWith("public." + table + " has 1 row; this load adds to them");
        assertThat(window.viewModel.target().sqlPreviewProperty().get())
                .isEqualTo("ALTER TABLE \"public\".\"" + table + "\" ADD COLUMN \"weight\" DECIMAL(4,2);");
    }

    private Optional<Path> savedJob() throws Exception {
        try (var files = Files.list(window.root)) {
            return files.filter(path -> path.toString().endsWith(".yaml")).findFirst();
        }
    }

    @SuppressWarnings("unchecked")
    private void readWhatLanded(FxRobot robot) throws Exception {
        assertThat(window.viewModel.load().resultProperty().get()).startsWith("Loaded 3 rows into public." + table);
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText())
                .isEqualTo("public." + table + ": 1 → 4 rows · 3 inserted, 0 updated, 0 rejected");
        TableView<List<Optional<String>>> grid = robot.lookup("#resultGrid").queryAs(TableView.class);
        assertThat(grid.getColumns())
                .extracting(TableColumn::getText)
                .containsExactly("id", "city", "shipped_on", "note", "weight");
        assertThat(grid.getItems())
                .containsExactlyInAnyOrder(
                        List.of(
                                Optional.of("100"),
                                Optional.of("Old"),
                                Optional.of("1990-01-01"),
                                Optional.of("kept"),
                                Optional.empty()),
                        List.of(
                                Optional.of("1"),
                                Optional.of("Lyon"),
                                Optional.of("1998-06-12"),
                                Optional.empty(),
                                Optional.of("2.50")),
                        List.of(
                                Optional.of("2"),
                                Optional.of("Zürich"),
                                Optional.of("2024-01-03"),
                                Optional.empty(),
                                Optional.of("10.25")),
                        List.of(
                                Optional.of("3"),
                                Optional.of("Köln"),
                                Optional.of("1999-12-31"),
                                Optional.empty(),
                                Optional.empty()));
        assertThat(database.query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'public."
                        + table + "'::regclass AND attname IN ('shipped_on', 'weight') ORDER BY attnum"))
                .containsExactly("date", "numeric(4,2)");
    }
}
