package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.ui.common.LogLine;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import com.redshiftloader.ui.wizard.WizardStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Source step's "Read as NULL" values and "Trim spaces" in the real window: the defaults are shown, editing them
 * re-reads the file, the Columns step's types follow (and its old Check values result goes), and the load into the
 * Local sandbox lands the trimmed values with the user's NULLs, saying so in its log.
 */
@ExtendWith(ApplicationExtension.class)
class SourceNullTokensWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private LocalSandbox sandbox;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory("null-tokens-window");
        Path file = Files.writeString(
                root.resolve("scores.csv"), "id,qty,score,label\n1,  42 ,n/a,NA\n2,7,5,ok\n3, 8,,\"  x \"\n");
        sandbox = new LocalSandbox(root.resolve("sandbox"));
        viewModel = new GuiComposition(
                        GuiFixture.sandboxServices(new UiPreferences(NODE), () -> Optional.of(file), root, sandbox))
                .show(stage);
        stage.setWidth(1200);
        stage.setHeight(860);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    private String type(int row) {
        return viewModel.columns().rows().get(row).inferredTypeProperty().get();
    }

    @Test
    void editedNullValuesAndTrimmingChangeTheTypesAndLandInTheTable(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        TextField tokens = robot.lookup("#nullTokensField").queryAs(TextField.class);
        assertThat(tokens.getText()).isEqualTo("NULL, null, \\N, NA");
        assertThat(robot.lookup("#emptyIsNullCheck").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#trimCheck").queryAs(CheckBox.class).isSelected())
                .isFalse();

        robot.clickOn("#nextButton");
        assertThat(type(1)).as("'  42 ' is text untrimmed").startsWith("VARCHAR");
        assertThat(type(2)).as("n/a is text by default").startsWith("VARCHAR");
        GuiFixture.checkValues(robot, viewModel);
        assertThat(robot.lookup("#checkStatus").queryAs(Label.class).getText()).contains("3 records checked");

        robot.clickOn("#backButton");
        trimWithTheKeyboardAndTypeTheNullValue(robot, tokens);

        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.COLUMNS);
        assertThat(type(1)).isEqualTo("INTEGER");
        assertThat(type(2)).isEqualTo("INTEGER");
        assertThat(type(3)).as("NA is no NULL now").startsWith("VARCHAR");
        assertThat(robot.lookup("#checkStatus").queryAs(Label.class).getText())
                .as("the check of the old settings is gone")
                .isEmpty();
        assertThat(viewModel.columns().valueProblems()).isEmpty();

        robot.clickOn("#nextButton");
        GuiFixture.passTheTargetStep(robot, viewModel);
        GuiFixture.startTheLoad(robot, viewModel);

        assertThat(viewModel.load().log().visible())
                .map(LogLine::toString)
                .anyMatch(line ->
                        line.contains("Read as NULL: empty fields, n/a; spaces and tabs around values are trimmed"));
        assertThat(scoresInTheSandbox())
                .containsExactly(
                        List.of("1", "42", "null", "NA", "integer"),
                        List.of("2", "7", "5", "ok", "integer"),
                        List.of("3", "8", "null", "x", "integer"));
    }

    /** Alt+M and Space tick Trim spaces; the other NULL values become just n/a; waits for the file's new scan. */
    private void trimWithTheKeyboardAndTypeTheNullValue(FxRobot robot, TextField tokens) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.targetWindow().getScene().getFocusOwner().getId())
                .as("Alt+M goes to Trim spaces")
                .isEqualTo("trimCheck");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trimCheck").queryAs(CheckBox.class).isSelected())
                .as("Space ticks it")
                .isTrue();
        robot.clickOn("#nullTokensField");
        robot.interact(tokens::clear);
        robot.write("n/a");
        try {
            WaitForAsyncUtils.waitFor(
                    15,
                    TimeUnit.SECONDS,
                    () -> viewModel.source().scannedProperty().get() != null
                            && viewModel
                                    .source()
                                    .effectiveSettings()
                                    .filter(SourceSettings::trim)
                                    .filter(settings -> settings.nullTokens().equals(Set.of("", "n/a")))
                                    .isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the Source step did not re-read the file as edited: "
                            + viewModel.source().effectiveSettings() + ", error '"
                            + viewModel.source().errorProperty().get() + "', field '" + tokens.getText() + "'",
                    e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<List<String>> scoresInTheSandbox() throws SQLException {
        int port = sandbox.port().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT id, qty, score, label, pg_typeof(score)::text" + " FROM public.scores ORDER BY id")) {
            while (rs.next()) {
                rows.add(Arrays.asList(
                        rs.getString(1),
                        rs.getString(2),
                        String.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)));
            }
        }
        return rows;
    }
}
