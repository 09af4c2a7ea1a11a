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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.redshiftserverless.RedshiftServerlessClient;
import software.amazon.awssdk.services.redshiftserverless.model.AccessDeniedException;
import software.amazon.awssdk.services.redshiftserverless.model.GetCredentialsResponse;
import software.amazon.awssdk.services.redshiftserverless.model.RedshiftServerlessException;
import software.amazon.awssdk.services.redshiftserverless.model.ResourceNotFoundException;

/** Redshift Serverless through the real SDK client: identity-based users that log in, and the modeled errors. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftApiExtension.class})
class RedshiftApiServerServerlessTest {

    @Test
    void iamUserGetsCredentialsThatLogIn(RedshiftApiServer server, RedshiftApiClients clients, TestDatabase database)
            throws SQLException {
        GetCredentialsResponse credentials;
        try (RedshiftServerlessClient serverless = clients.serverless()) {
            credentials = serverless.getCredentials(b -> b.workgroupName(RedshiftApiServer.WORKGROUP)
                    .dbName(database.name())
                    .durationSeconds(3600));
        }

        assertThat(credentials.dbUser()).isEqualTo("IAM:awsuser");
        assertThat(credentials.expiration()).isCloseTo(Instant.now().plusSeconds(3600), within(1, ChronoUnit.MINUTES));
        assertThat(credentials.nextRefreshTime()).isBefore(credentials.expiration());
        assertThat(server.requests())
                .containsExactly(new RecordedRequest(
                        "GetCredentials",
                        RedshiftApiServer.WORKGROUP,
                        null,
                        database.name(),
                        true,
                        List.of(),
                        3600,
                        RedshiftApiServer.ACCESS_KEY_ID,
                        null));
        assertThat(currentUser(database, credentials.dbUser(), credentials.dbPassword()))
                .isEqualTo("IAM:awsuser");
    }

    @Test
    void roleSessionWithTokenGetsAnIamrUser(RedshiftApiServer server, RedshiftApiClients clients, TestDatabase database)
            throws SQLException {
        AccessKey role = AccessKey.forRole("ASIAREDSHIFTROLE0001", "role-secret", "role-session-token", "LoaderRole");
        server.registerKey(role);
        try (RedshiftServerlessClient serverless = clients.serverless(RedshiftApiClients.credentials(role))) {
            GetCredentialsResponse credentials = serverless.getCredentials(
                    b -> b.workgroupName(RedshiftApiServer.WORKGROUP).dbName(database.name()));

            assertThat(credentials.dbUser()).isEqualTo("IAMR:LoaderRole");
            assertThat(currentUser(database, credentials.dbUser(), credentials.dbPassword()))
                    .isEqualTo("IAMR:LoaderRole");
        }
        assertThat(server.requests()).extracting(RecordedRequest::accessKeyId).containsExactly(role.accessKeyId());
    }

    @Test
    void unknownWorkgroupIsResourceNotFound(RedshiftApiClients clients) {
        try (RedshiftServerlessClient serverless = clients.serverless()) {
            assertThatThrownBy(() -> serverless.getCredentials(b -> b.workgroupName("nope")))
                    .isInstanceOfSatisfying(
                            ResourceNotFoundException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException"));
        }
    }

    @Test
    void denyModeAnswersAccessDeniedException(RedshiftApiServer server, RedshiftApiClients clients) {
        server.accessMode(AccessMode.DENY);
        try (RedshiftServerlessClient serverless = clients.serverless()) {
            assertThatThrownBy(() -> serverless.getCredentials(b -> b.workgroupName(RedshiftApiServer.WORKGROUP)))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getMessage())
                            .contains("is not authorized to perform: redshift-serverless:GetCredentials"));
        }
    }

    @Test
    void expiredModeAnswersExpiredTokenException(RedshiftApiServer server, RedshiftApiClients clients) {
        server.accessMode(AccessMode.EXPIRED);
        try (RedshiftServerlessClient serverless = clients.serverless()) {
            assertThatThrownBy(() -> serverless.getCredentials(b -> b.workgroupName(RedshiftApiServer.WORKGROUP)))
                    .isInstanceOfSatisfying(RedshiftServerlessException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredTokenException");
                        assertThat(e.awsErrorDetails().errorMessage()).contains("expired");
                    });
        }
    }

    private static String currentUser(TestDatabase database, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.postgresJdbcUrl(), user, password);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
