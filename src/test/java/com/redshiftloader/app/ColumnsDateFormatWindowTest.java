package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.ui.common.SelectableMessage;
import com.redshiftloader.ui.wizard.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Columns step's Date format cell in the real window over the embedded PostgreSQL: a column of {@code Jun 12
 * 1998} is text until the user types its layout, then DATE, and loads as dates; a layout that is not Redshift syntax
 * is explained at once, and Check values' results go when the layout changes.
 */
@ExtendWith({PostgresDatabaseExtension.class, ApplicationExtension.class})
class ColumnsDateFormatWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());
    private static final int TYPE = 3;
    private static final int DATE_FORMAT = 5;

    private final TestDatabase database;
    private LoadResultWindow window;

    ColumnsDateFormatWindowTest(TestDatabase database) {
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

    private Path shipments(String table, String... dates) throws Exception {
        StringBuilder csv = new StringBuilder("id,shipped,ordered\n");
        for (int i = 0; i < dates.length; i++) {
            csv.append(i + 1)
                    .append(',')
                    .append(dates[i])
                    .append(",2024-01-0")
                    .append(i + 1)
                    .append('\n');
        }
        return Files.writeString(window.root.resolve(table + ".csv"), csv, StandardCharsets.UTF_8);
    }

    private void openOnTheColumnsStep(FxRobot robot, Path file) throws Exception {
        window.source = file;
        GuiFixture.openFile(robot, window.viewModel, "warehouse");
        robot.clickOn("#nextButton");
        assertThat(window.viewModel.wizard().currentStep()).isEqualTo(WizardStep.COLUMNS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingMonDdYyyyMakesTheColumnADateThatLoadsAsDates(FxRobot robot) throws Exception {
        openOnTheColumnsStep(robot, shipments("dated_shipments", "Jun 12 1998", "jan 3 2024", "DEC 31 1999"));
        TableView<Object> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        assertThat(columns.getColumns().get(DATE_FORMAT).getText()).isEqualTo("Date format");
        assertThat((String) columns.getColumns().get(TYPE).getCellData(1)).startsWith("VARCHAR");
        assertThat(window.viewModel
                        .columns()
                        .rows()
                        .get(2)
                        .detectedFormatProperty()
                        .get())
                .as("the detected layout, shown in grey while none is given")
                .isEqualTo("YYYY-MM-DD");

        GuiFixture.editColumnCell(robot, 1, DATE_FORMAT, "MON DD YYYY");

        assertThat(columns.getColumns().get(TYPE).getCellData(1)).isEqualTo("DATE");
        assertThat(robot.lookup("#columnsProblem")
                        .queryAs(SelectableMessage.class)
                        .getText())
                .isEmpty();
        robot.clickOn("#nextButton");
        GuiFixture.passTheTargetStep(robot, window.viewModel);
        GuiFixture.startTheLoad(robot, window.viewModel);

        assertThat(window.viewModel.load().resultProperty().get()).startsWith("Loaded 3 rows");
        assertThat(database.query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                        + " WHERE attrelid = 'public.dated_shipments'::regclass AND attname = 'shipped'"))
                .containsExactly("date");
        assertThat(database.query("SELECT id, shipped FROM public.dated_shipments ORDER BY id"))
                .containsExactly("1|1998-06-12", "2|2024-01-03", "3|1999-12-31");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLayoutThatIsNotRedshiftSyntaxIsExplainedAtOnceAndBlocksTheStep(FxRobot robot) throws Exception {
        openOnTheColumnsStep(robot, shipments("bad_layout", "Jun 12 1998"));

        GuiFixture.editColumnCell(robot, 1, DATE_FORMAT, "MON DAY YYYY");

        SelectableMessage problem = robot.lookup("#columnsProblem").queryAs(SelectableMessage.class);
        assertThat(problem.getText())
                .startsWith("Column shipped, date format: The date layout 'MON DAY YYYY' has 'DAY'")
                .contains("YYYY, YY, MM, MON");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.isWrapText()).isTrue();
        assertThat(window.viewModel.columns().validProperty().get()).isFalse();
        TableView<Object> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        assertThat((String) columns.getColumns().get(TYPE).getCellData(1)).startsWith("VARCHAR");
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkValuesNamesTheValueOutsideTheLayoutAndItsResultGoesWhenTheLayoutChanges(FxRobot robot) throws Exception {
        openOnTheColumnsStep(robot, shipments("mixed_shipments", "12.06.1998", "1998-06-13", "14.06.1998"));
        GuiFixture.editColumnCell(robot, 1, DATE_FORMAT, "DD.MM.YYYY");

        GuiFixture.checkValues(robot, window.viewModel);

        ListView<String> problems = robot.lookup("#valueProblemList").queryAs(ListView.class);
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems().get(0)).startsWith("shipped (DATE): 1 value would not load");
        assertThat(problems.getItems().get(1)).contains("line 3: '1998-06-13'").contains("does not match DD.MM.YYYY");

        GuiFixture.editColumnCell(robot, 1, DATE_FORMAT, "YYYY-MM-DD");

        assertThat(problems.getItems()).as("the check was for the old layout").isEmpty();
        assertThat(robot.lookup("#checkStatus").queryAs(Label.class).getText())
                .isEqualTo("The columns changed since the last check: Check values again.");
    }
}
