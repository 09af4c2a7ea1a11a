package com.redshiftloader.testinfra.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.redshift.model.ClusterNotFoundException;
import software.amazon.awssdk.services.redshift.model.GetClusterCredentialsResponse;
import software.amazon.awssdk.services.redshift.model.GetClusterCredentialsWithIamResponse;
import software.amazon.awssdk.services.redshift.model.RedshiftException;

/** Provisioned Redshift through the real SDK client: answers, recorded requests and real database logins. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftApiExtension.class})
class RedshiftApiServerProvisionedTest {

    @BeforeAll
    static void createTable(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id int)");
            statement.execute("INSERT INTO orders VALUES (42)");
        }
    }

    @Test
    void autoCreatedUserGetsCredentialsThatLogIn(
            RedshiftApiServer server, RedshiftApiClients clients, TestDatabase database) throws SQLException {
        GetClusterCredentialsResponse credentials;
        try (RedshiftClient redshift = clients.redshift()) {
            credentials = redshift.getClusterCredentials(b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER)
                    .dbUser("awsuser")
                    .dbName(database.name())
                    .autoCreate(true)
                    .dbGroups("loaders", "readers")
                    .durationSeconds(1800));
        }

        assertThat(credentials.dbUser()).isEqualTo("IAMA:awsuser");
        assertThat(credentials.dbPassword()).hasSizeGreaterThan(20);
        assertThat(credentials.expiration()).isCloseTo(Instant.now().plusSeconds(1800), within(1, ChronoUnit.MINUTES));
        assertThat(server.requests())
                .containsExactly(new RecordedRequest(
                        "GetClusterCredentials",
                        RedshiftApiServer.CLUSTER,
                        "awsuser",
                        database.name(),
                        true,
                        List.of("loaders", "readers"),
                        1800,
                        RedshiftApiServer.ACCESS_KEY_ID,
                        null));
        assertThat(readOrder(database, credentials.dbUser(), credentials.dbPassword()))
                .isEqualTo(42);
    }

    @Test
    void existingUserWithoutAutoCreateIsPrefixedIamAndLogsIn(RedshiftApiClients clients, TestDatabase database)
            throws SQLException {
        try (RedshiftClient redshift = clients.redshift()) {
            GetClusterCredentialsResponse credentials =
                    redshift.getClusterCredentials(b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER)
                            .dbUser(database.user())
                            .dbName(database.name()));

            assertThat(credentials.dbUser()).isEqualTo("IAM:" + database.user());
            assertThat(readOrder(database, credentials.dbUser(), credentials.dbPassword()))
                    .isEqualTo(42);
        }
    }

    @Test
    void unknownUserWithoutAutoCreateGetsCredentialsThatDoNotLogIn(RedshiftApiClients clients, TestDatabase database) {
        try (RedshiftClient redshift = clients.redshift()) {
            GetClusterCredentialsResponse credentials =
                    redshift.getClusterCredentials(b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER)
                            .dbUser("nobody_here")
                            .dbName(database.name())
                            .autoCreate(false));

            assertThat(credentials.dbUser()).isEqualTo("IAM:nobody_here");
            assertThatThrownBy(() -> readOrder(database, credentials.dbUser(), credentials.dbPassword()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void withIamReturnsTheCallersIdentityAsUser(RedshiftApiClients clients, TestDatabase database) throws SQLException {
        try (RedshiftClient redshift = clients.redshift()) {
            GetClusterCredentialsWithIamResponse credentials = redshift.getClusterCredentialsWithIAM(
                    b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER).dbName(database.name()));

            assertThat(credentials.dbUser()).isEqualTo("IAM:awsuser");
            assertThat(credentials.nextRefreshTime()).isBefore(credentials.expiration());
            assertThat(readOrder(database, credentials.dbUser(), credentials.dbPassword()))
                    .isEqualTo(42);
        }
    }

    @Test
    void unknownClusterIsClusterNotFound(RedshiftApiServer server, RedshiftApiClients clients) {
        try (RedshiftClient redshift = clients.redshift()) {
            assertThatThrownBy(() -> redshift.getClusterCredentials(
                            b -> b.clusterIdentifier("xyz").dbUser("awsuser")))
                    .isInstanceOfSatisfying(ClusterNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ClusterNotFound");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cluster xyz not found.");
                    });
        }
        assertThat(server.requests()).extracting(RecordedRequest::errorCode).containsExactly("ClusterNotFound");
    }

    @Test
    void denyModeAnswersAccessDenied(RedshiftApiServer server, RedshiftApiClients clients) {
        server.accessMode(AccessMode.DENY);
        try (RedshiftClient redshift = clients.redshift()) {
            assertThatThrownBy(() -> redshift.getClusterCredentials(
                            b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER).dbUser("awsuser")))
                    .isInstanceOfSatisfying(RedshiftException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .startsWith("User: arn:aws:iam::123456789012:user/awsuser is not authorized to"
                                        + " perform: redshift:GetClusterCredentials on resource: "
                                        + "arn:aws:redshift:us-west-2:123456789012:dbuser:test-cluster/awsuser");
                    });
        }
    }

    @Test
    void expiredModeAnswersExpiredToken(RedshiftApiServer server, RedshiftApiClients clients) {
        server.accessMode(AccessMode.EXPIRED);
        try (RedshiftClient redshift = clients.redshift()) {
            assertThatThrownBy(() -> redshift.getClusterCredentials(
                            b -> b.clusterIdentifier(RedshiftApiServer.CLUSTER).dbUser("awsuser")))
                    .isInstanceOfSatisfying(RedshiftException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("The security token included in the request is expired");
                    });
        }
    }

    private static int readOrder(TestDatabase database, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.postgresJdbcUrl(), user, password);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_user, id FROM orders")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(user);
            return rs.getInt(2);
        }
    }
}
