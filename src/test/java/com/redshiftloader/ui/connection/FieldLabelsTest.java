package com.redshiftloader.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.profile.ProfileKey;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {

    @Test
    void aHintNamesItsFieldBeforeAMessageThatContinuesTheName() {
        assertThat(FieldLabels.hint(ProfileKey.HOST, "is required: the server's host name"))
                .isEqualTo("Host is required: the server's host name");
        assertThat(FieldLabels.hint(ProfileKey.CONNECT_TIMEOUT, "must be between 1 and 3600 seconds; found 0"))
                .isEqualTo("Connect timeout (s) must be between 1 and 3600 seconds; found 0");
    }

    @Test
    void aHintNamesItsFieldBeforeAMessageThatIsASentenceOfItsOwn() {
        assertThat(FieldLabels.hint(ProfileKey.REGION, "IAM login needs the cluster's AWS region, e.g. us-west-2"))
                .isEqualTo("AWS region: IAM login needs the cluster's AWS region, e.g. us-west-2");
    }
}
