package com.redshiftloader.infra.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.testinfra.TestProfiles;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The driver errors the real-server tests cannot provoke, mapped to what the user should do. */
class LoginFailuresTest {

    private static final ConnectionProfile PASSWORD_PROFILE = TestProfiles.bind(new LinkedHashMap<>(
            Map.of("host", "db.example.com", "database", "dev", "user", "loader", "connect_timeout", 7)));
    private static final ConnectionProfile IAM_PROFILE = TestProfiles.bind(new LinkedHashMap<>(Map.of(
            "host",
            "c.abc.us-west-2.redshift.amazonaws.com",
            "database",
            "dev",
            "cluster_identifier",
            "c",
            "db_user",
            "u")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            28P01 | FATAL: password authentication failed for user "loader"      | Wrong user name or password for user loader.
            08004 | The server requested password-based authentication, but no password was provided. | The server asks for a password and the profile has none for user loader.
            28000 | FATAL: no pg_hba.conf entry for host "10.0.0.9", user "loader" | The server does not accept logins for user loader from this machine
            3D000 | FATAL: database "dev" does not exist                          | The database 'dev' does not exist on db.example.com.
            08006 | SSL error: PKIX path building failed                          | TLS failed while logging in: SSL error: PKIX path building failed
            08001 | Connection attempt timed out.                                 | No answer from db.example.com:5439 within 7 s while logging in.
            XX000 | Something else                                                | Log-in failed: Something else (SQLState XX000).
            """)
    void driverErrorsBecomeActionableMessages(String state, String message, String expected) {
        ConnectionFailedException failure =
                LoginFailures.describe(PASSWORD_PROFILE, "loader", new SQLException(message, state));

        assertThat(failure.check()).isEqualTo(ConnectionCheck.AUTHENTICATE);
        assertThat(failure.problem()).startsWith(expected);
        assertThat(failure.fix()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"28P01", "28000"})
    void refusedTemporaryCredentialsPointAtDbUserAndAutoCreate(String state) {
        ConnectionFailedException failure = LoginFailures.describe(
                IAM_PROFILE, "IAM:u", new SQLException("password authentication failed for user \"IAM:u\"", state));

        assertThat(failure.problem()).isEqualTo("The database refused the temporary credentials for user IAM:u.");
        assertThat(failure.fix()).contains("auto_create: true");
    }
}
