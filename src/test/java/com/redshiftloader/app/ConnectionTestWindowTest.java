package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.connection.StepwiseConnectionTester;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.connection.CheckRow;
import com.redshiftloader.ui.shell.MainViewModel;
import com.redshiftloader.ui.shell.UiPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journey of the Connection step: fill the form for the Redshift stand-in, test it and watch each step pass
 * (then fail with a wrong password), save, and find the saved profile again after a restart of the window.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class, ApplicationExtension.class})
class ConnectionTestWindowTest {

    private static final Preferences NODE = Preferences.userRoot().node("redshift-loader-test/" + UUID.randomUUID());

    private Path root;
    private ProfileStore store;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        root = Files.createTempDirectory("connection-test-window");
        viewModel = show(stage);
        stage.setWidth(1300);
        stage.setHeight(1000);
    }

    private MainViewModel show(Stage stage) {
        ProfileBinder binder = ProfileBinder.withRedshiftTypes();
        store = new ProfileStore(root.resolve("profiles"), binder);
        RedshiftCredentialsProvider iam = new RedshiftCredentialsProvider(name -> Optional.empty());
        var tester = new StepwiseConnectionTester(
                new JdbcConnector(iam, name -> Optional.empty()), iam, name -> Optional.empty());
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseSourceFile() {
                return Optional.empty();
            }

            @Override
            public Optional<String> askName(String title, String initial) {
                return Optional.of("stand-in");
            }
        };
        var profiles = new StoreProfileService(store, binder, new LocalSandbox(root.resolve("sandbox")));
        return new GuiComposition(new GuiServices(
                        new UiPreferences(NODE),
                        dialogs,
                        profiles,
                        tester,
                        new FileSourceInspector(),
                        GuiFixture.NO_LOADS,
                        GuiFixture.TASKS,
                        RunHistory.NONE,
                        GuiFixture.TARGETS))
                .show(stage);
    }

    @AfterAll
    static void removePreferences() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void testTheConnectionWatchTheStepsSaveAndReopen(FxRobot robot, RedshiftStandIn standIn) throws Exception {
        type(robot, "#field-host", "127.0.0.1");
        setField(robot, ProfileKey.PORT, "");
        type(robot, "#field-port", String.valueOf(standIn.port()));
        type(robot, "#field-database", standIn.database().name());
        setField(robot, ProfileKey.SSL_MODE, "disable");
        type(robot, "#field-user", standIn.database().user());
        type(robot, "#field-password", "wrong-password");

        robot.clickOn("#testButton");
        waitUntilTested();
        assertThat(row(ConnectionCheck.AUTHENTICATE).status()).isEqualTo(CheckRow.Status.FAILED);
        assertThat(row(ConnectionCheck.AUTHENTICATE).message()).contains("Wrong user name or password");
        assertThat(row(ConnectionCheck.SCHEMA).status()).isEqualTo(CheckRow.Status.SKIPPED);
        assertThat(robot.lookup("#check-resolve_host").query().isVisible()).isTrue();

        setField(robot, ProfileKey.PASSWORD, "");
        type(robot, "#field-password", standIn.database().password());
        robot.clickOn("#testButton");
        waitUntilTested();
        assertThat(row(ConnectionCheck.RESOLVE_HOST).status()).isEqualTo(CheckRow.Status.PASSED);
        assertThat(row(ConnectionCheck.AUTHENTICATE).status()).isEqualTo(CheckRow.Status.PASSED);
        assertThat(row(ConnectionCheck.SERVER_VERSION).status()).isEqualTo(CheckRow.Status.PASSED);
        assertThat(row(ConnectionCheck.SCHEMA).status()).isEqualTo(CheckRow.Status.PASSED);
        assertThat(row(ConnectionCheck.TLS).status()).isEqualTo(CheckRow.Status.SKIPPED);
        assertThat(row(ConnectionCheck.S3_BUCKET).status()).isEqualTo(CheckRow.Status.SKIPPED);
        assertThat(viewModel.connection().statusProperty().get()).isEqualTo("Connection test passed");

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.list()).containsExactly("stand-in");

        Stage reopened = reopen();
        assertThat(viewModel.connection().profiles()).containsExactly("Local sandbox", "stand-in");
        robot.interact(() -> viewModel.connection().selectedProfileProperty().set("stand-in"));
        assertThat(field(ProfileKey.PORT)).isEqualTo(String.valueOf(standIn.port()));
        assertThat(field(ProfileKey.PASSWORD)).isEqualTo(standIn.database().password());
        robot.interact(reopened::close);
    }

    /** A window opened anew over the same profile store and preferences, as after a restart. */
    private Stage reopen() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    Stage next = new Stage();
                    viewModel = show(next);
                    return next;
                })
                .get();
    }

    private void setField(FxRobot robot, ProfileKey key, String text) {
        robot.interact(() -> viewModel.connection().form().text(key).set(text));
    }

    private String field(ProfileKey key) {
        return viewModel.connection().form().text(key).get();
    }

    private void waitUntilTested() throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !viewModel.connection().testingProperty().get()
                        && !viewModel.connection().checks().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CheckRow row(ConnectionCheck check) {
        return viewModel.connection().checks().stream()
                .filter(row -> row.check() == check)
                .findFirst()
                .orElseThrow();
    }

    private static void type(FxRobot robot, String query, String text) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.write(text);
    }
}
