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
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Source and Columns steps in the real window, over the real file inspector. */
@ExtendWith(ApplicationExtension.class)
class SourceColumnsWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private MainViewModel viewModel;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempFile("customers", ".csv");
        Files.writeString(
                file,
                "id|zip|joined|name\n1|02134|2026-01-15|Zoë\n2|10001|2026-02-01|Ana María\n3|00501|2026-03-31|李\n",
                StandardCharsets.UTF_8);
        viewModel = new GuiComposition(
                        GuiFixture.services(new UiPreferences(NODE), () -> Optional.of(file), GuiFixture.NO_TESTS))
                .show(stage);
        stage.setWidth(1200);
        stage.setHeight(860);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void previewsTheFileThenShowsColumnsWithAnOverride(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");

        @SuppressWarnings("unchecked")
        TableView<Object> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        assertThat(preview.getColumns()).extracting(c -> c.getText()).containsExactly("id", "zip", "joined", "name");
        assertThat(preview.getItems()).hasSize(3);
        assertThat(robot.lookup("#delimiterChoice").queryAs(ComboBox.class).getValue())
                .isEqualTo("|");
        assertThat(robot.lookup("#scanStatus")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .startsWith("3 records scanned");
        assertThat(robot.lookup("#encodingEvidenceLabel")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("Detected encoding: UTF-8 (valid throughout)");

        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.COLUMNS);
        @SuppressWarnings("unchecked")
        TableView<Object> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        assertThat(columns.getItems()).hasSize(4);
        assertThat(viewModel.columns().columns())
                .extracting(c -> c.name() + " " + c.type().sql())
                .contains("joined DATE")
                .anySatisfy(column -> assertThat(column).startsWith("zip VARCHAR("));

        // Override the id column's type by typing into its Override cell.
        robot.interact(() -> columns.edit(0, columns.getColumns().get(4)));
        robot.write("BIGINT").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.columns().columns().getFirst().type().sql()).isEqualTo("BIGINT");
        assertThat(viewModel.columns().validProperty().get()).isTrue();
    }

    @Test
    void anEditedTargetNameIsNormalisedLikeTheFilesNames(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        robot.clickOn("#nextButton");
        TableView<Object> columns = GuiFixture.editColumnCell(robot, 1, 2, "Zip Code");

        assertThat(columns.getColumns().get(2).getCellData(1)).isEqualTo("zip_code");
        assertThat(viewModel.columns().columns().get(1).name()).isEqualTo("zip_code");
    }
}
