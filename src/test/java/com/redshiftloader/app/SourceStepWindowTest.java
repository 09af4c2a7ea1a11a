package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.common.FxDialogService;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Source step in the real window: which settings apply, the scan's warnings, the status bar. */
@ExtendWith(ApplicationExtension.class)
class SourceStepWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());
    private static final List<String> CSV_ONLY = List.of(
            "#delimiterChoice",
            "#quoteField",
            "#headerCheck",
            "#skipLinesField",
            "#fillMissingCheck",
            "#multilineValuesCheck");

    private MainViewModel viewModel;
    private Path chosen;

    @Start
    void start(Stage stage) {
        DialogService windows = new FxDialogService(() -> stage);
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseSourceFile() {
                return Optional.of(chosen);
            }

            @Override
            public void showLines(String title, List<String> lines) {
                windows.showLines(title, lines);
            }
        };
        viewModel = GuiFixture.show(stage, GuiFixture.services(new UiPreferences(NODE), dialogs, GuiFixture.NO_TESTS));
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void theCsvOnlySettingsAreDisabledForJsonLinesAndEnabledForCsv(FxRobot robot) throws Exception {
        chosen = write("events", ".jsonl", "{\"id\": 1, \"kind\": \"open\"}\n{\"id\": 2, \"kind\": \"close\"}\n");
        GuiFixture.openFile(robot, viewModel, "Local sandbox");

        for (String id : CSV_ONLY) {
            assertThat(robot.lookup(id).query().isDisabled()).as(id).isTrue();
        }
        assertThat(robot.lookup("#encodingChoice").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#gzipCheck").query().isDisabled()).isFalse();

        chosen = write("customers", ".csv", "id,name\n1,Ana\n2,Bo\n");
        robot.clickOn("#chooseFileButton");
        waitForTheScan();
        for (String id : CSV_ONLY) {
            assertThat(robot.lookup(id).query().isDisabled()).as(id).isFalse();
        }
    }

    @Test
    void theWarningsLinkListsEachWarningWithItsLine(FxRobot robot) throws Exception {
        chosen = write("ragged", ".csv", "id,name,city\n1,Ana,Boston\n2,Bo\n3,Cy,Paris\n");
        GuiFixture.openFile(robot, viewModel, "Local sandbox");

        Node link = robot.lookup("#warningsLink").query();
        assertThat(link.isVisible()).isTrue();
        assertThat(((javafx.scene.control.Labeled) link).getText()).isEqualTo("(1 warning)");
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        TextArea lines = robot.lookup("#linesText").queryAs(TextArea.class);
        assertThat(lines.getText()).startsWith("Line 3, column 3: the record has 2 fields but there are 3 columns");
        assertThat(lines.isEditable()).isFalse();
        assertThat(lines.isWrapText()).isTrue();
        robot.interact(lines::selectAll);
        assertThat(lines.getSelectedText()).isEqualTo(lines.getText());
        robot.interact(() -> lines.getScene().getWindow().hide());
    }

    @Test
    void theStatusBarNamesThePickedFile(FxRobot robot) throws Exception {
        chosen = write("orders", ".csv", "id,total\n1,9.50\n2,12.00\n");
        robot.clickOn("Local sandbox");
        robot.clickOn("#nextButton");
        assertThat(status(robot)).contains("Pick the file");

        robot.clickOn("#chooseFileButton");
        waitForTheScan();

        assertThat(status(robot))
                .doesNotContain("Pick the file")
                .contains(chosen.getFileName().toString())
                .contains("then Next");
    }

    private void waitForTheScan() throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> viewModel.source().scannedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    private static Path write(String name, String suffix, String content) throws Exception {
        Path file = Files.createTempFile(name, suffix);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
