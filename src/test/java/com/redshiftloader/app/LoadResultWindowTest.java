package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
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
 * What the Load step shows after a load, in the real window over the embedded PostgreSQL: the table's rows before
 * and after, its first rows read back with Copy and the SQL, the rejected rows, and that it forgets a result that no
 * longer belongs to the plan, and asks before the same file is loaded again.
 */
@ExtendWith({PostgresDatabaseExtension.class, ApplicationExtension.class})
class LoadResultWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private final TestDatabase database;
    private LoadResultWindow window;

    LoadResultWindowTest(TestDatabase database) {
        this.database = database;
    }

    @Start
    void start(Stage stage) throws Exception {
        window = new LoadResultWindow(stage, database, NODE);
        stage.setWidth(1300);
        stage.setHeight(900);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGridShowsTheFirst200RowsReadBackAndCopyPutsThemOnTheClipboard(FxRobot robot) throws Exception {
        window.load(robot, window.orders("landed.csv", 1_000));
        window.awaitTheGrid();

        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText())
                .isEqualTo("public.landed: 0 → 1,000 rows · 1,000 inserted, 0 updated, 0 rejected");
        TableView<List<Optional<String>>> grid = robot.lookup("#resultGrid").queryAs(TableView.class);
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.getColumns()).extracting(TableColumn::getText).containsExactly("id", "city", "weight", "note");
        assertThat(grid.getItems()).hasSize(200);
        assertThat(grid.getItems().getFirst())
                .containsExactly(Optional.of("1"), Optional.of("City 1"), Optional.of("1.25"), Optional.of("n1"));
        robot.interact(() -> grid.scrollTo(8));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".null-value").queryAs(TableCell.class).getText())
                .as("a NULL reads NULL, styled apart")
                .isEqualTo("NULL");
        assertThat(robot.lookup("#gridStatusLabel").queryAs(Label.class).getText())
                .startsWith("The first 200 rows of 1,000 rows in public.landed");

        robot.clickOn("#copyGridButton");
        String copied = LoadResultWindow.clipboard();
        assertThat(copied.split("\n", -1))
                .hasSize(202)
                .startsWith("id\tcity\tweight\tnote", "1\tCity 1\t1.25\tn1")
                .contains("10\tCity 10\t10.25\t");

        TextField query = robot.lookup("#querySqlField").queryAs(TextField.class);
        assertThat(query.getText()).isEqualTo("SELECT * FROM \"public\".\"landed\" LIMIT 200;");
        assertThat(query.isEditable()).isFalse();
        robot.clickOn("#copyQueryButton");
        assertThat(LoadResultWindow.clipboard()).isEqualTo(query.getText());
        assertThat(robot.lookup("#sandboxPane").query().isVisible())
                .as("not the sandbox")
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLoadWithARejectBudgetListsTheRejectedLinesWithTheirReasons(FxRobot robot) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE public.guarded (id INTEGER, city VARCHAR(20), weight DECIMAL(8,2),"
                    + " note VARCHAR(10) NOT NULL)");
            statement.execute("INSERT INTO public.guarded VALUES (0, 'Old', 1, 'kept')");
        }
        window.goToTheLoadStep(robot, window.orders("guarded.csv", 25));
        robot.interact(() -> window.viewModel.load().maxErrorsProperty().set("5"));
        GuiFixture.startTheLoad(robot, window.viewModel);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !window.viewModel.load().results().rejected().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText())
                .isEqualTo("public.guarded: 1 → 24 rows · 23 inserted, 0 updated, 2 rejected");
        TableView<Object> rejects = robot.lookup("#rejectsTable").queryAs(TableView.class);
        assertThat(rejects.getItems()).hasSize(2);
        assertThat(rejects.getItems().stream().map(Object::toString))
                .allMatch(row -> row.contains("refused the row"))
                .anyMatch(row -> row.contains("line=11,") && row.contains("fields=10, City 10, 10.25, "));
        assertThat(robot.lookup("#rejectsStatusLabel").queryAs(Label.class).getText())
                .startsWith("2 rows were rejected to ");
        robot.clickOn("Rejected rows (2)");
        robot.clickOn("#openRejectsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.opened).singleElement().satisfies(path -> assertThat(Files.readString(path))
                .startsWith("line,reason,fields"));
    }

    @Test
    void theGridsColumnsAreAsWideAsTheirValuesNeed(FxRobot robot) throws Exception {
        Path file = Files.writeString(
                window.root.resolve("wide_values.csv"),
                "id,ordered_at,note\n"
                        + "1,2026-01-15 10:30:00+01:00,\"Gift wrap, please, and a card\"\n"
                        + "2,2026-01-16 08:00:00+01:00,\n",
                StandardCharsets.UTF_8);
        window.load(robot, file);
        window.awaitTheGrid();

        List<String> cut = robot.lookup("#resultGrid .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.isVisible()
                        && cell.getText() != null
                        && !cell.getText().isEmpty())
                .filter(TableCell::isTextTruncated)
                .map(cell -> cell.getText())
                .toList();
        assertThat(cut).as("values of up to 40 characters are shown whole").isEmpty();
        assertThat(robot.lookup("#resultGrid .table-cell").queryAllAs(TableCell.class).stream()
                        .map(cell -> cell.getText()))
                .contains("Gift wrap, please, and a card");
    }

    @Test
    void backChangeTheFileNextClearsTheOldResult(FxRobot robot) throws Exception {
        window.load(robot, window.orders("first.csv", 30));
        window.awaitTheGrid();
        robot.clickOn("#backButton");
        robot.clickOn("#nextButton");
        assertThat(window.viewModel.load().log().visible())
                .as("the same plan: the log of its load stays")
                .isNotEmpty();
        assertThat(window.viewModel.load().results().rows()).hasSize(30);

        window.source = window.orders("second.csv", 5);
        robot.clickOn("#backButton");
        robot.clickOn("#backButton");
        robot.clickOn("#backButton");
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> window.source.equals(
                                window.viewModel.source().fileProperty().get())
                        && !window.viewModel.source().scanningProperty().get()
                        && window.viewModel.source().scannedProperty().get() != null);
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        GuiFixture.passTheTargetStep(robot, window.viewModel);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel.wizard().currentStep()).isEqualTo(WizardStep.LOAD);
        assertThat(robot.lookup("#resultText").queryAs(TextArea.class).getText())
                .isEmpty();
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#resultGrid").queryAs(TableView.class).getItems())
                .isEmpty();
        assertThat(window.viewModel.load().log().visible()).isEmpty();
        assertThat(window.viewModel.load().progressProperty().get()).isZero();
        assertThat(window.viewModel.load().phaseProperty().get()).isEmpty();
        assertThat(window.viewModel.load().validProperty().get()).isFalse();
    }

    @Test
    void switchingTheConnectionClearsTheOldResult(FxRobot robot) throws Exception {
        window.load(robot, window.orders("switched.csv", 10));
        window.awaitTheGrid();
        robot.clickOn("#backButton");
        robot.clickOn("#backButton");
        robot.clickOn("#backButton");
        robot.clickOn("#backButton");
        robot.clickOn("warehouse copy");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        GuiFixture.passTheTargetStep(robot, window.viewModel);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel.wizard().currentStep()).isEqualTo(WizardStep.LOAD);
        assertThat(window.viewModel.load().summaryProperty().get()).contains("(warehouse copy)");
        assertThat(window.viewModel.load().resultProperty().get()).isEmpty();
        assertThat(window.viewModel.load().results().rows()).isEmpty();
        assertThat(window.viewModel.load().log().visible()).isEmpty();
    }

    @Test
    void startingTheSameLoadAgainAsksFirstAndNoLoadsNothing(FxRobot robot) throws Exception {
        window.load(robot, window.orders("twice.csv", 1_000));
        window.awaitTheGrid();

        window.answer = false;
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.questions)
                .containsExactly("This file was just loaded into public.twice (1,000 rows). Load it again?");
        assertThat(window.viewModel.load().runningProperty().get()).isFalse();
        assertThat(window.viewModel.load().history()).hasSize(1);
        assertThat(database.query("SELECT count(*) FROM public.twice")).containsExactly("1000");

        window.answer = true;
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> window.viewModel.load().history().size() == 2
                        && !window.viewModel.load().results().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.questions).hasSize(2);
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText())
                .startsWith("public.twice: 1,000 → 2,000 rows");
    }
}
