package com.redshiftloader.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.connection.ConnectionTestReport;
import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionStepViewModelTest {

    private final TestProfiles profiles = TestProfiles.inTemporaryDirectory();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ConnectionStepViewModel step = new ConnectionStepViewModel(
            profiles.service(),
            (profile, listener) -> {
                throw new AssertionError("no connection test here");
            },
            new DirectBackgroundTasks(),
            dialogs);

    private void fill() {
        step.form().text(ProfileKey.HOST).set("db.example.com");
        step.form().text(ProfileKey.DATABASE).set("dev");
        step.form().text(ProfileKey.USER).set("analyst");
    }

    @Test
    void listsTheSandboxFirstAndIsValidWhenItIsChosen() {
        assertThat(step.profiles()).containsExactly(ConnectionStepViewModel.LOCAL_SANDBOX);
        assertThat(step.validProperty().get()).as("an empty new profile").isFalse();
        step.selectedProfileProperty().set(ConnectionStepViewModel.LOCAL_SANDBOX);
        assertThat(step.validProperty().get()).isTrue();
    }

    @Test
    void aValidUnsavedProfileMayBeUsed() {
        fill();
        assertThat(step.validProperty().get()).isTrue();
        assertThat(step.chosenProfile()).isPresent();
    }

    @Test
    void savingANewProfileAsksForItsNameAndSelectsIt() throws Exception {
        fill();
        dialogs.names.add("prod");
        step.save();
        assertThat(dialogs.asked).containsExactly("Save profile as");
        assertThat(profiles.store().list()).containsExactly("prod");
        assertThat(step.profiles()).containsExactly(ConnectionStepViewModel.LOCAL_SANDBOX, "prod");
        assertThat(step.selectedProfileProperty().get()).isEqualTo("prod");
        assertThat(step.form().dirtyProperty().get()).isFalse();
        assertThat(step.validProperty().get()).isTrue();
        assertThat(step.statusProperty().get()).isEqualTo("Saved prod");
    }

    @Test
    void unsavedChangesAreKeptUnlessTheUserDiscardsThem() {
        fill();
        dialogs.names.add("prod");
        step.save();
        step.form().text(ProfileKey.DATABASE).set("changed");
        dialogs.confirmations.add(false);
        step.select(ConnectionStepViewModel.LOCAL_SANDBOX);
        assertThat(step.selectedProfileProperty().get()).isEqualTo("prod");
        assertThat(step.form().text(ProfileKey.DATABASE).get()).isEqualTo("changed");
        assertThat(dialogs.asked)
                .last()
                .isEqualTo("discard the unsaved changes to 'prod' and switch to 'Local sandbox'");

        dialogs.confirmations.add(true);
        step.select(ConnectionStepViewModel.LOCAL_SANDBOX);
        assertThat(step.selectedProfileProperty().get()).isEqualTo(ConnectionStepViewModel.LOCAL_SANDBOX);
        step.selectedProfileProperty().set("prod");
        assertThat(step.form().text(ProfileKey.DATABASE).get()).isEqualTo("dev");
    }

    @Test
    void importsAMageConfigAndDeletesItAfterConfirmation(@TempDir Path directory) throws Exception {
        Path mage = directory.resolve("mage.yaml");
        Files.writeString(mage, "host: h.example.com\ndatabase: demo\nuser: awsuser\npassword: abc\nport: 5439\n");
        dialogs.importFile = mage;
        dialogs.names.add("mage");
        step.importProfile();
        assertThat(step.selectedProfileProperty().get()).isEqualTo("mage");
        assertThat(step.form().text(ProfileKey.HOST).get()).isEqualTo("h.example.com");

        dialogs.confirmations.add(true);
        step.delete();
        assertThat(profiles.store().list()).isEmpty();
        assertThat(step.profiles()).containsExactly(ConnectionStepViewModel.LOCAL_SANDBOX);
    }

    @Test
    void aBrokenProfileFileIsReportedWithItsLine() throws Exception {
        Files.createDirectories(profiles.store().directory());
        Files.writeString(profiles.store().directory().resolve("broken.yaml"), "host: h\npasword: x\n");
        step.profiles().clear();
        ConnectionStepViewModel fresh =
                new ConnectionStepViewModel(profiles.service(), (p, l) -> null, new DirectBackgroundTasks(), dialogs);
        fresh.selectedProfileProperty().set("broken");
        assertThat(dialogs.errors).singleElement().asString().contains("unknown key 'pasword' at broken.yaml:2");
    }

    @Test
    void saveAppliesToAValidProfileOfOnesOwnButNotToTheSandbox() {
        assertThat(step.canSaveProperty().get()).as("an empty new profile").isFalse();
        fill();
        assertThat(step.canSaveProperty().get()).isTrue();
        step.form().text(ProfileKey.HOST).set("");
        assertThat(step.canSaveProperty().get())
                .as("a profile with a marked field")
                .isFalse();
        step.form().text(ProfileKey.HOST).set("db.example.com");
        dialogs.confirmations.add(true);
        step.select(ConnectionStepViewModel.LOCAL_SANDBOX);
        assertThat(step.canSaveProperty().get()).as("the sandbox").isFalse();
    }

    @Test
    void duplicateAndDeleteNeedASavedProfileAndTheTitleNamesWhatIsEdited() {
        assertThat(step.savedProfileSelectedProperty().get()).isFalse();
        assertThat(step.titleProperty().get()).isEqualTo("New profile");
        fill();
        dialogs.names.add("prod");
        step.save();
        assertThat(step.savedProfileSelectedProperty().get()).isTrue();
        assertThat(step.titleProperty().get()).isEqualTo("prod");
        step.selectedProfileProperty().set(ConnectionStepViewModel.LOCAL_SANDBOX);
        assertThat(step.savedProfileSelectedProperty().get()).isFalse();
        assertThat(step.titleProperty().get()).isEqualTo(ConnectionStepViewModel.LOCAL_SANDBOX);
    }

    @Test
    void aTestMayStartForTheSandboxOrAValidProfileAndNotWhileOneRuns() {
        List<Boolean> canTestWhileTesting = new ArrayList<>();
        AtomicReference<ConnectionStepViewModel> under = new AtomicReference<>();
        ConnectionStepViewModel tested = new ConnectionStepViewModel(
                profiles.service(),
                (profile, listener) -> {
                    canTestWhileTesting.add(under.get().canTestProperty().get());
                    return new ConnectionTestReport(List.of());
                },
                new DirectBackgroundTasks(),
                dialogs);
        under.set(tested);
        assertThat(tested.canTestProperty().get()).as("an empty new profile").isFalse();
        tested.form().text(ProfileKey.HOST).set("db.example.com");
        tested.form().text(ProfileKey.DATABASE).set("dev");
        tested.form().text(ProfileKey.USER).set("analyst");
        assertThat(tested.canTestProperty().get()).isTrue();

        tested.testConnection();

        assertThat(canTestWhileTesting).containsExactly(false);
        assertThat(tested.canTestProperty().get()).as("after the test").isTrue();
        dialogs.confirmations.add(true);
        tested.select(ConnectionStepViewModel.LOCAL_SANDBOX);
        assertThat(tested.canTestProperty().get()).as("the sandbox").isTrue();
    }

    @Test
    void aSavedProfileReloadsWithItsEngineAndTlsModeShown() {
        fill();
        dialogs.names.add("prod");
        step.save();
        step.selectedProfileProperty().set(ConnectionStepViewModel.LOCAL_SANDBOX);
        step.selectedProfileProperty().set("prod");
        assertThat(step.form().text(ProfileKey.ENGINE).get()).isEqualTo("redshift");
        assertThat(step.form().text(ProfileKey.SSL_MODE).get()).isEqualTo("verify-ca");

        step.form().text(ProfileKey.ENGINE).set("postgres");
        step.save();
        step.selectedProfileProperty().set(ConnectionStepViewModel.LOCAL_SANDBOX);
        step.selectedProfileProperty().set("prod");
        assertThat(step.form().text(ProfileKey.ENGINE).get()).isEqualTo("postgres");
    }

    @Test
    void saveWaitsForAChangeAndAChangeUndoneIsNoChange() {
        fill();
        dialogs.names.add("prod");
        step.save();
        assertThat(step.canSaveProperty().get()).as("just saved").isFalse();
        assertThat(step.canSaveAsProperty().get()).as("a copy may be saved").isTrue();
        step.selectedProfileProperty().set(ConnectionStepViewModel.LOCAL_SANDBOX);
        step.selectedProfileProperty().set("prod");
        assertThat(step.canSaveProperty().get()).as("just reloaded").isFalse();

        step.form().text(ProfileKey.DATABASE).set("analytics");
        assertThat(step.canSaveProperty().get()).isTrue();
        assertThat(step.form().dirtyProperty().get()).isTrue();
        step.form().text(ProfileKey.DATABASE).set("dev");
        assertThat(step.canSaveProperty().get()).as("changed back").isFalse();
        assertThat(step.form().dirtyProperty().get()).isFalse();
    }
}
