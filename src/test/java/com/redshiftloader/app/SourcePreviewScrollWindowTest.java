package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new file's preview opens at its first row and column, not where the previous file's was scrolled to. */
@ExtendWith(ApplicationExtension.class)
class SourcePreviewScrollWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    @TempDir
    static Path directory;

    private MainViewModel viewModel;
    private Path chosen;

    @Start
    void start(Stage stage) {
        UiPreferences preferences =
                new UiPreferences(NODE.node(UUID.randomUUID().toString()));
        viewModel = GuiFixture.show(
                stage, GuiFixture.services(preferences, () -> Optional.of(chosen), GuiFixture.NO_TESTS));
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void aNewFilesPreviewStartsAtItsFirstRowAndColumn(FxRobot robot) throws Exception {
        chosen = wide("first.csv");
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        robot.interact(() -> {
            preview.scrollTo(preview.getItems().size() - 1);
            preview.scrollToColumnIndex(preview.getColumns().size() - 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisibleRow(preview)).as("scrolled down").isPositive();
        assertThat(horizontal(preview).getValue()).as("scrolled right").isPositive();

        chosen = wide("second.csv");
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> viewModel.source().scannedProperty().get() != null
                        && viewModel.source().fileProperty().get().equals(chosen));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(firstVisibleRow(preview)).isZero();
        assertThat(horizontal(preview).getValue()).isZero();
    }

    private static int firstVisibleRow(TableView<?> table) {
        return ((VirtualFlow<?>) table.lookup(".virtual-flow"))
                .getFirstVisibleCell()
                .getIndex();
    }

    private static ScrollBar horizontal(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream()
                .map(ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL)
                .findFirst()
                .orElseThrow();
    }

    /** 40 columns and 300 rows: wider and taller than the preview. */
    private static Path wide(String name) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int column = 0; column < 40; column++) {
            csv.append(column == 0 ? "" : ",").append("column_").append(column);
        }
        csv.append('\n');
        for (int row = 0; row < 300; row++) {
            for (int column = 0; column < 40; column++) {
                csv.append(column == 0 ? "" : ",")
                        .append("value ")
                        .append(row)
                        .append('/')
                        .append(column);
            }
            csv.append('\n');
        }
        return Files.writeString(directory.resolve(name), csv);
    }
}
