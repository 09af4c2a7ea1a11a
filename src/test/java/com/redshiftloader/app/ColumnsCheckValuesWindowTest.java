package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.wizard.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Check values" on the Columns step in the real window: a type narrowed by an override meets a value of the file
 * that does not fit it, and the check lists the value with its line before any load.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnsCheckValuesWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private MainViewModel viewModel;
    private volatile Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempFile("parcels", ".csv");
        Files.writeString(file, """
                id,weight_grams,label
                1,250,small
                2,99999,pallet
                3,1200,box
                """, StandardCharsets.UTF_8);
        viewModel = new GuiComposition(
                        GuiFixture.services(new UiPreferences(NODE), () -> Optional.of(this.file), GuiFixture.NO_TESTS))
                .show(stage);
        stage.setWidth(1200);
        stage.setHeight(860);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void checkValuesListsTheValueThatDoesNotFitTheOverriddenTypeWithItsLine(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.COLUMNS);

        // weight_grams is inferred INTEGER (99999 does not fit two bytes); the user narrows it to SMALLINT anyway.
        GuiFixture.editColumnCell(robot, 1, 4, "SMALLINT");
        assertThat(viewModel.columns().validProperty().get()).isTrue();

        GuiFixture.checkValues(robot, viewModel);

        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#valueProblemList").queryAs(ListView.class);
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems().get(0)).startsWith("weight_grams (SMALLINT): 1 value would not load");
        assertThat(problems.getItems().get(1)).contains("line 3: '99999'");
        assertThat(robot.lookup("#checkStatus").queryAs(Label.class).getText())
                .isEqualTo("3 records checked: fix the columns below (override the type, or leave the column out)");
    }

    @Test
    void aChecksResultsGoWhenTheOverrideIsClearedAndWhenAnotherFileIsPicked(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        robot.clickOn("#nextButton");
        GuiFixture.editColumnCell(robot, 1, 4, "SMALLINT");
        GuiFixture.checkValues(robot, viewModel);
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#valueProblemList").queryAs(ListView.class);
        Label status = robot.lookup("#checkStatus").queryAs(Label.class);
        assertThat(problems.getItems()).hasSize(2);

        GuiFixture.editColumnCell(robot, 1, 4, "");
        assertThat(problems.getItems())
                .as("the override they were about is gone")
                .isEmpty();
        assertThat(problems.isVisible()).isFalse();
        assertThat(status.getText()).isEqualTo("The columns changed since the last check: Check values again.");

        GuiFixture.editColumnCell(robot, 1, 4, "SMALLINT");
        GuiFixture.checkValues(robot, viewModel);
        assertThat(problems.getItems()).hasSize(2);
        file = Files.writeString(Files.createTempFile("other_parcels", ".csv"), "id,weight_grams,label\n7,5,tiny\n");
        robot.clickOn("#backButton");
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> file.equals(viewModel.source().fileProperty().get())
                        && !viewModel.source().scanningProperty().get()
                        && viewModel.source().scannedProperty().get() != null);
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.COLUMNS);
        assertThat(problems.getItems()).as("they were about another file").isEmpty();
        assertThat(status.getText()).isEmpty();
    }

    @Test
    void aValueTooLongForTheColumnSaysItsSizeWithoutNamingAnotherDatabase(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        robot.clickOn("#nextButton");
        GuiFixture.editColumnCell(robot, 2, 4, "VARCHAR(5)");

        GuiFixture.checkValues(robot, viewModel);

        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#valueProblemList").queryAs(ListView.class);
        assertThat(problems.getItems()).anySatisfy(line -> assertThat(line)
                .contains("line 3: 'pallet'")
                .contains("6 bytes, longer than VARCHAR(5) holds"));
        assertThat(problems.getItems()).noneMatch(line -> line.contains("Redshift"));
    }
}
