package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.RunHistoryFile;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
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
 * The first-run journey in the real window: Local sandbox → the sample orders file → override a type → load → the
 * result shows the row count, and the rows are in the sandbox's database exactly as in the file.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxLoadJourneyTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());
    private static final Path SAMPLE =
            Path.of("assets", "samples", "orders.csv").toAbsolutePath();

    private LocalSandbox sandbox;
    private Path root;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        root = Files.createTempDirectory("sandbox-journey");
        sandbox = new LocalSandbox(root.resolve("sandbox"));
        viewModel = new GuiComposition(
                        GuiFixture.sandboxServices(new UiPreferences(NODE), () -> Optional.of(SAMPLE), root, sandbox))
                .show(stage);
        stage.setWidth(1300);
        stage.setHeight(950);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void localSandboxSampleFileOverrideLoadAndTheRowsAreThere(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.COLUMNS);

        // order_id is inferred INTEGER; the analyst expects bigger ids and overrides it.
        @SuppressWarnings("unchecked")
        TableView<Object> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        robot.interact(() -> columns.edit(0, columns.getColumns().get(4)));
        robot.write("BIGINT").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.columns().columns().getFirst().type().sql()).isEqualTo("BIGINT");

        robot.clickOn("#nextButton");
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.TARGET);
        GuiFixture.passTheTargetStep(robot, viewModel);
        assertThat(viewModel.wizard().currentStep()).isEqualTo(WizardStep.LOAD);
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText())
                .startsWith("Append the rows to public.orders (Local sandbox) from orders.csv: 7 columns");
        GuiFixture.startTheLoad(robot, viewModel);
        assertThat(robot.lookup("#resultText").queryAs(TextArea.class).getText())
                .startsWith("Loaded 5 rows into public.orders (5 inserted, 0 updated) in ");
        assertThat(viewModel.load().log().visible())
                .isNotEmpty()
                .as("how the load goes about its work is DEBUG, not the user's INFO log")
                .noneMatch(line -> line.toString().contains("COPY as they are")
                        || line.toString().contains("Converting every value"));
        assertThat(viewModel.load().history()).hasSize(1);
        assertThat(new RunHistoryFile(root.resolve("history.log")).recent(5))
                .singleElement()
                .asString()
                .contains("Loaded 5 rows into public.orders");

        List<List<String>> rows = ordersInTheSandbox();
        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst())
                .containsExactly("1001", "Zoë Martin", "02134", "19.99", "Gift wrap, please", "bigint");
        assertThat(rows.get(1).get(4)).isEqualTo("Said \"call first\"");
        assertThat(rows.get(2).get(1)).isEqualTo("李小龙");
        assertThat(rows.get(2).get(4)).as("an empty field is NULL").isNull();
        assertThat(rows.get(3).get(4)).isEqualTo("Two lines:\nsecond line");
        assertThat(rows.get(4).get(4)).isEqualTo("emoji 🚚 ok");
    }

    @Test
    void afterALoadIntoTheSandboxItsRowsAndHowToConnectToItAreShown(FxRobot robot) throws Exception {
        GuiFixture.openFile(robot, viewModel, "Local sandbox");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        GuiFixture.passTheTargetStep(robot, viewModel);
        GuiFixture.startTheLoad(robot, viewModel);
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> !viewModel.load().results().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        int port = sandbox.port().orElseThrow();
        assertThat(robot.lookup("#sandboxLabel").queryAs(Label.class).getText())
                .isEqualTo("Local sandbox: host 127.0.0.1, port " + port + ", database postgres, user postgres, no"
                        + " password.");
        robot.clickOn("#copyConnectionButton");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo("postgresql://postgres@127.0.0.1:" + port + "/postgres");
        @SuppressWarnings("unchecked")
        TableView<List<Optional<String>>> grid = robot.lookup("#resultGrid").queryAs(TableView.class);
        assertThat(grid.getItems()).hasSize(5);
        assertThat(grid.getItems().getFirst().get(1)).contains("Zoë Martin");
        assertThat(grid.getItems().get(2).get(6)).as("an empty note is NULL").isEmpty();
    }

    /** The loaded orders as text, in the sandbox's own database, with order_id's column type last. */
    private List<List<String>> ordersInTheSandbox() throws SQLException {
        int port = sandbox.port().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT order_id, customer, zip, amount::text, notes, pg_typeof(order_id)::text FROM public.orders"
                                + " ORDER BY order_id")) {
            while (rs.next()) {
                rows.add(java.util.Arrays.asList(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
            }
        }
        return rows;
    }
}
