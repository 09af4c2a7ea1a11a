package com.redshiftloader.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
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
        step.selectedProfileProperty().set(ConnectionStepViewModel.LOCAL_SANDBOX);
        assertThat(step.selectedProfileProperty().get()).isEqualTo("prod");
        assertThat(step.form().text(ProfileKey.DATABASE).get()).isEqualTo("changed");

        dialogs.confirmations.add(true);
        step.selectedProfileProperty().set(ConnectionStepViewModel.LOCAL_SANDBOX);
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
}
