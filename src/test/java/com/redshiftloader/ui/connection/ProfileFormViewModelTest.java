package com.redshiftloader.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileKey;
import org.junit.jupiter.api.Test;

class ProfileFormViewModelTest {

    private final ProfileFormViewModel form =
            new ProfileFormViewModel(TestProfiles.inTemporaryDirectory().service());

    private void fillPasswordLogin() {
        form.text(ProfileKey.HOST).set("db.example.com");
        form.text(ProfileKey.DATABASE).set("dev");
        form.text(ProfileKey.USER).set("analyst");
        form.text(ProfileKey.PASSWORD).set("s3cret");
    }

    @Test
    void newFormNamesTheMissingKeys() {
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problems()).containsKeys("host", "database", "user");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void filledPasswordLoginIsValidAndDirty() {
        fillPasswordLogin();
        assertThat(form.problems()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.dirtyProperty().get()).isTrue();
        ConnectionProfile profile = form.profile().orElseThrow();
        assertThat(profile.port()).isEqualTo(5439);
        assertThat(profile.auth()).isInstanceOf(AuthMethod.Password.class);
    }

    @Test
    void portThatIsNotANumberIsMarked() {
        fillPasswordLogin();
        form.text(ProfileKey.PORT).set("54x9");
        assertThat(form.problems()).containsKey("port");
        assertThat(form.problems().get("port")).contains("whole number");
    }

    @Test
    void iamSwitchAsksForTheIamKeysAndMarksHalfFilledOnes() {
        fillPasswordLogin();
        form.setLogin(ProfileKey.Login.IAM);
        assertThat(form.problems()).containsKeys("cluster_identifier", "region").doesNotContainKey("user");
        form.text(ProfileKey.CLUSTER_IDENTIFIER).set("prod");
        form.text(ProfileKey.DB_USER).set("loader");
        form.text(ProfileKey.REGION).set("us-west-2");
        form.text(ProfileKey.ACCESS_KEY_ID).set("AKIAEXAMPLE");
        assertThat(form.problems()).containsOnlyKeys("secret_access_key");
        form.text(ProfileKey.SECRET_ACCESS_KEY).set("${env:AWS_SECRET}");
        assertThat(form.problems()).isEmpty();
        assertThat(form.profile().orElseThrow().auth()).isInstanceOf(AuthMethod.Iam.class);
    }

    @Test
    void loadingAProfileFillsTheFormAndGivesTheSameProfileBack() {
        fillPasswordLogin();
        form.text(ProfileKey.UNIQUE_CONSTRAINTS).set("id, region");
        form.text(ProfileKey.TYPE_STRING).set("VARCHAR(1000)");
        form.nameProperty().set("prod");
        ConnectionProfile profile = form.profile().orElseThrow();

        ProfileFormViewModel other =
                new ProfileFormViewModel(TestProfiles.inTemporaryDirectory().service());
        other.load(profile);
        assertThat(other.dirtyProperty().get()).isFalse();
        assertThat(other.text(ProfileKey.UNIQUE_CONSTRAINTS).get()).isEqualTo("id, region");
        assertThat(other.profile()).contains(profile);
    }
}
