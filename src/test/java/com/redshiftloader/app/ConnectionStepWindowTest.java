package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.profile.Secret;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Connection step in the real window: fill the form, save, see it listed, reopen it. */
@ExtendWith(ApplicationExtension.class)
class ConnectionStepWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private final List<String> discardPrompts = new CopyOnWriteArrayList<>();
    private ProfileStore store;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory("connection-window");
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        store = new ProfileStore(root.resolve("profiles"), binder);
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseSourceFile() {
                return Optional.empty();
            }

            @Override
            public Optional<String> askName(String title, String initial) {
                return Optional.of("warehouse");
            }

            @Override
            public boolean confirmDiscard(String what) {
                Object highlighted = ((ListView<?>) stage.getScene().lookup("#profileList"))
                        .getSelectionModel()
                        .getSelectedItem();
                String title = ((Label) stage.getScene().lookup("#profileTitle")).getText();
                discardPrompts.add(what + " | list: " + highlighted + " | title: " + title);
                return false;
            }
        };
        var profiles = new StoreProfileService(store, binder, new LocalSandbox(root.resolve("sandbox")));
        viewModel = new GuiComposition(new GuiServices(
                        new UiPreferences(NODE),
                        dialogs,
                        profiles,
                        GuiFixture.NO_TESTS,
                        new FileSourceInspector(),
                        GuiFixture.NO_LOADS,
                        GuiFixture.TASKS,
                        RunHistory.NONE,
                        GuiFixture.TARGETS))
                .show(stage);
        stage.setWidth(1200);
        stage.setHeight(880);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void fillSaveAndReopenAProfile(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#saveButton").query().isDisabled()).isTrue();
        type(robot, "#field-host", "warehouse.example.com");
        type(robot, "#field-database", "analytics");
        type(robot, "#field-user", "analyst");
        type(robot, "#field-password", "pa55word");
        assertThat(robot.lookup("#unsavedLabel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#nextButton").query().isDisabled())
                .as("a valid profile may be used unsaved")
                .isFalse();

        click(robot, "#field-password-reveal");
        assertThat(robot.lookup("#field-password-revealed")
                        .queryAs(TextField.class)
                        .getText())
                .isEqualTo("pa55word");
        assertThat(robot.lookup("#field-password").queryAs(PasswordField.class).isVisible())
                .isFalse();

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.list()).containsExactly("warehouse");
        ConnectionProfile saved = store.load("warehouse");
        assertThat(saved.host()).isEqualTo("warehouse.example.com");
        assertThat(((AuthMethod.Password) saved.auth()).password()).contains(new Secret.Literal("pa55word"));
        assertThat(Files.readString(store.directory().resolve("warehouse.yaml")))
                .doesNotContain("pa55word");
        assertThat(robot.lookup("#unsavedLabel").query().isVisible()).isFalse();

        robot.clickOn("Local sandbox");
        assertThat(robot.lookup("#sandboxInfo").query().isVisible()).isTrue();
        robot.clickOn("warehouse");
        assertThat(robot.lookup("#field-host").queryAs(TextField.class).getText())
                .isEqualTo("warehouse.example.com");
        assertThat(robot.lookup("#field-database").queryAs(TextField.class).getText())
                .isEqualTo("analytics");
        assertThat(robot.lookup("#field-engine").queryAs(ComboBox.class).getValue())
                .as("the default engine, left out of the file, is shown again")
                .isEqualTo("redshift");
        assertThat(robot.lookup("#field-ssl_mode").queryAs(ComboBox.class).getValue())
                .isEqualTo("verify-ca");
        assertThat(robot.lookup("#saveButton").query().isDisabled())
                .as("nothing changed since the profile was saved")
                .isTrue();
        assertThat(robot.lookup("#saveAsButton").query().isDisabled()).isFalse();
        type(robot, "#field-database", "2");
        assertThat(robot.lookup("#saveButton").query().isDisabled()).isFalse();
    }

    /** Scrolls the field into view, clicks it and types into it with the keyboard. */
    private static void type(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.write(text);
    }

    /** Scrolls the editor so that the node is in view, then clicks it. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll) {
                    Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double scrollable = scroll.getContent().getBoundsInLocal().getHeight()
                            - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(
                            scrollable <= 0 ? 0 : Math.min(1, Math.max(0, inContent.getMinY() - 20) / scrollable));
                    return;
                }
            }
        });
        robot.clickOn(node);
    }

    @Test
    void switchingToIamShowsTheIamFieldsAndMarksWhatIsMissing(FxRobot robot) {
        type(robot, "#field-host", "prod.abc123.us-west-2.redshift.amazonaws.com");
        type(robot, "#field-database", "dev");
        click(robot, "#loginIam");
        assertThat(robot.lookup("#field-cluster_identifier").query().isVisible())
                .isTrue();
        assertThat(robot.lookup("#field-user").query().isVisible()).isFalse();
        assertThat(viewModel.connection().form().problems()).containsKey("cluster_identifier");
        type(robot, "#field-cluster_identifier", "prod");
        type(robot, "#field-db_user", "loader");
        assertThat(viewModel.connection().form().problems())
                .as("the region comes from the host name")
                .isEmpty();
    }

    @Test
    void whileTheDiscardPromptAsksTheListAndTitleStayOnTheProfileBeingLeft(FxRobot robot) {
        type(robot, "#field-host", "warehouse.example.com");
        type(robot, "#field-database", "analytics");
        type(robot, "#field-user", "analyst");
        robot.clickOn("#saveButton");
        type(robot, "#field-database", "2");

        robot.clickOn("Local sandbox");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(discardPrompts)
                .containsExactly("the unsaved changes to 'warehouse' and switch to 'Local sandbox'"
                        + " | list: warehouse | title: warehouse");
        assertThat(robot.lookup("#profileList")
                        .queryAs(ListView.class)
                        .getSelectionModel()
                        .getSelectedItem())
                .as("the changes were kept, so the list stays on them")
                .isEqualTo("warehouse");
        assertThat(robot.lookup("#field-database").queryAs(TextField.class).getText())
                .isEqualTo("analytics2");
    }

    @Test
    void aMarkedFieldsHintNamesItWrapsAndItsMarkerSitsOnItsRow(FxRobot robot) {
        type(robot, "#field-database", "dev");
        WaitForAsyncUtils.waitForFxEvents();
        Label marker = robot.lookup("#field-host-problem").queryAs(Label.class);
        Tooltip hint = marker.getTooltip();
        assertThat(hint.getText()).startsWith("Host is required: ");
        assertThat(hint.isWrapText()).isTrue();
        assertThat(hint.getMaxWidth()).isBetween(1.0, 1100.0 - 40);

        Bounds field = bounds(robot.lookup("#field-host").query());
        Bounds shown = bounds(marker);
        assertThat(shown.getCenterY())
                .as("the marker is centred on the Host field's row, not on the line below it")
                .isCloseTo(field.getCenterY(), within(2.0));
        assertThat(shown.getCenterX())
                .as("at the field's left end")
                .isBetween(field.getMinX() - 12, field.getMinX() + 24);
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
