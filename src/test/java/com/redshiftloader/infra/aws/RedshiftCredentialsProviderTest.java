package com.redshiftloader.infra.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.connection.DatabaseCredentials;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.iam.AccessKey;
import com.redshiftloader.testinfra.iam.AccessMode;
import com.redshiftloader.testinfra.iam.RecordedRequest;
import com.redshiftloader.testinfra.iam.RedshiftApiExtension;
import com.redshiftloader.testinfra.iam.RedshiftApiServer;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * IAM login end to end: the SDK finds the local Redshift API through the standard endpoint system properties, and the
 * temporary user it returns logs in through the stand-in with the Redshift driver.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class, RedshiftApiExtension.class})
class RedshiftCredentialsProviderTest {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();
    private static final String[] PROPERTIES = {
        "aws.endpointUrlRedshift",
        "aws.endpointUrlRedshiftServerless",
        "aws.accessKeyId",
        "aws.secretAccessKey",
        "aws.sharedCredentialsFile",
        "aws.configFile"
    };

    private final RedshiftCredentialsProvider provider = new RedshiftCredentialsProvider(NO_ENVIRONMENT);
    private final JdbcConnector connector = new JdbcConnector(provider, NO_ENVIRONMENT);

    @BeforeEach
    void pointTheSdkAtTheLocalApi(RedshiftApiServer server) {
        System.setProperty("aws.endpointUrlRedshift", server.endpoint().toString());
        System.setProperty(
                "aws.endpointUrlRedshiftServerless", server.endpoint().toString());
    }

    @AfterEach
    void clearProperties() {
        for (String property : PROPERTIES) {
            System.clearProperty(property);
        }
    }

    @Test
    void autoCreatedClusterUserLogsInAsTheReturnedIamaName(RedshiftStandIn standIn, RedshiftApiServer server)
            throws Exception {
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.put("db_groups", java.util.List.of("loaders"));
        ConnectionProfile profile = TestProfiles.bind(keys);

        try (Connection connection = connector.open(profile)) {
            assertThat(currentUser(connection)).isEqualTo("IAMA:awsuser");
        }
        RecordedRequest request = server.requests().getFirst();
        assertThat(request.action()).isEqualTo("GetClusterCredentials");
        assertThat(request.dbUser()).isEqualTo("awsuser");
        assertThat(request.dbName()).isEqualTo(standIn.database().name());
        assertThat(request.autoCreate()).isTrue();
        assertThat(request.dbGroups()).containsExactly("loaders");
        assertThat(request.durationSeconds()).isEqualTo(3600);
    }

    @Test
    void existingClusterUserLogsInAsIamPrefixedName(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.put("db_user", standIn.database().user());
        keys.put("auto_create", false);

        try (Connection connection = connector.open(TestProfiles.bind(keys))) {
            assertThat(currentUser(connection)).isEqualTo("IAM:loader");
        }
    }

    @Test
    void serverlessWorkgroupLogsInAsTheCallersIdentity(RedshiftStandIn standIn, RedshiftApiServer server)
            throws Exception {
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.remove("cluster_identifier");
        keys.remove("db_user");
        keys.put("workgroup", RedshiftApiServer.WORKGROUP);
        ConnectionProfile profile = TestProfiles.bind(keys);

        DatabaseCredentials credentials = provider.obtain(profile, (AuthMethod.Iam) profile.auth());
        assertThat(credentials.user()).isEqualTo("IAM:awsuser");
        assertThat(credentials.toString()).doesNotContain(credentials.password());
        try (Connection connection = connector.open(profile, credentials)) {
            assertThat(currentUser(connection)).isEqualTo("IAM:awsuser");
        }
        assertThat(server.requests().getFirst().action()).isEqualTo("GetCredentials");
    }

    @Test
    void deniedClusterCallNamesThePermissionToGrant(RedshiftStandIn standIn, RedshiftApiServer server) {
        server.accessMode(AccessMode.DENY);

        assertThatThrownBy(() -> connector.open(TestProfiles.bind(TestProfiles.iam(standIn))))
                .isInstanceOfSatisfying(ConnectionFailedException.class, e -> {
                    assertThat(e.check()).isEqualTo(ConnectionCheck.IAM_CREDENTIALS);
                    assertThat(e.problem())
                            .startsWith(
                                    "AWS refused GetClusterCredentials: User: arn:aws:iam::123456789012:user/awsuser"
                                            + " is not authorized");
                    assertThat(e.fix())
                            .startsWith("Give the IAM identity redshift:GetClusterCredentials on arn:aws:redshift:"
                                    + "us-west-2:<account>:dbuser:test-cluster/awsuser");
                })
                .hasMessageNotContaining(RedshiftApiServer.SECRET_ACCESS_KEY);
    }

    @Test
    void deniedServerlessCallNamesThePermissionToGrant(RedshiftStandIn standIn, RedshiftApiServer server) {
        server.accessMode(AccessMode.DENY);
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.remove("cluster_identifier");
        keys.put("workgroup", RedshiftApiServer.WORKGROUP);

        assertThatThrownBy(() -> connector.open(TestProfiles.bind(keys)))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageStartingWith("AWS refused GetCredentials:")
                .hasMessageContaining("Give the IAM identity redshift-serverless:GetCredentials");
    }

    @Test
    void expiredCredentialsSayToRefreshThem(RedshiftStandIn standIn, RedshiftApiServer server) {
        server.accessMode(AccessMode.EXPIRED);

        assertThatThrownBy(() -> connector.open(TestProfiles.bind(TestProfiles.iam(standIn))))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageStartingWith("The AWS credentials have expired; refresh them (aws sso login");
    }

    @Test
    void unknownClusterIsNamedWithItsRegion(RedshiftStandIn standIn) {
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.put("cluster_identifier", "no-such-cluster");

        assertThatThrownBy(() -> connector.open(TestProfiles.bind(keys)))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageStartingWith("No cluster 'no-such-cluster' in us-west-2.");
    }

    @Test
    void unknownAccessKeyIsSaidPlainly(RedshiftStandIn standIn) {
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.put("access_key_id", "AKIANOBODYKNOWS00000");

        assertThatThrownBy(() -> connector.open(TestProfiles.bind(keys)))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageStartingWith("AWS does not know the access key id");
    }

    @Test
    void wrongSecretKeyIsSaidPlainlyWithoutTheKey(RedshiftStandIn standIn) {
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.put("secret_access_key", "Wrong-Aws-Secret-000");

        assertThatThrownBy(() -> connector.open(TestProfiles.bind(keys)))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageStartingWith("AWS rejected the request signature (SignatureDoesNotMatch).")
                .hasMessageNotContaining("Wrong-Aws-Secret-000");
    }

    @Test
    void temporaryKeysSignWithTheirSessionToken(RedshiftStandIn standIn, RedshiftApiServer server) throws Exception {
        server.registerKey(AccessKey.forRole("ASIATEMPORARYKEY0001", "temporary-secret", "session-token-1", "Loader"));
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.put("access_key_id", "ASIATEMPORARYKEY0001");
        keys.put("secret_access_key", "temporary-secret");
        keys.put("session_token", "session-token-1");

        try (Connection connection = connector.open(TestProfiles.bind(keys))) {
            assertThat(currentUser(connection)).isEqualTo("IAMA:awsuser");
        }
        assertThat(server.requests().getFirst().accessKeyId()).isEqualTo("ASIATEMPORARYKEY0001");

        keys.put("session_token", "some-other-token");
        assertThatThrownBy(() -> connector.open(TestProfiles.bind(keys)))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageStartingWith("AWS does not know the access key id");
    }

    @Test
    void defaultChainFindsKeysInSystemProperties(RedshiftStandIn standIn) throws Exception {
        System.setProperty("aws.accessKeyId", RedshiftApiServer.ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", RedshiftApiServer.SECRET_ACCESS_KEY);
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.remove("access_key_id");
        keys.remove("secret_access_key");

        try (Connection connection = connector.open(TestProfiles.bind(keys))) {
            assertThat(currentUser(connection)).isEqualTo("IAMA:awsuser");
        }
    }

    @Test
    void namedProfileIsReadFromTheAwsCredentialsFile(RedshiftStandIn standIn, @TempDir Path home) throws Exception {
        Path credentials = Files.writeString(home.resolve("credentials"), """
                [loader]
                aws_access_key_id = %s
                aws_secret_access_key = %s
                """.formatted(
                        RedshiftApiServer.ACCESS_KEY_ID, RedshiftApiServer.SECRET_ACCESS_KEY));
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty(
                "aws.configFile", Files.writeString(home.resolve("config"), "").toString());
        Map<String, Object> keys = TestProfiles.iam(standIn);
        keys.remove("access_key_id");
        keys.remove("secret_access_key");
        keys.put("aws_profile", "loader");

        try (Connection connection = connector.open(TestProfiles.bind(keys))) {
            assertThat(currentUser(connection)).isEqualTo("IAMA:awsuser");
        }
    }

    private static String currentUser(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
