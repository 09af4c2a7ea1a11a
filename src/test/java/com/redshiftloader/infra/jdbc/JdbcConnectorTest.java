package com.redshiftloader.infra.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.connection.DatabaseCredentials;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class JdbcConnectorTest {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();

    private static JdbcConnector connector(Function<String, Optional<String>> environment) {
        return new JdbcConnector(new RedshiftCredentialsProvider(environment), environment);
    }

    @Test
    void passwordLoginGoesThroughTheRedshiftDriver(RedshiftStandIn standIn) throws Exception {
        ConnectionProfile profile = TestProfiles.bind(TestProfiles.standIn(standIn));

        try (Connection connection = connector(NO_ENVIRONMENT).open(profile)) {
            assertThat(connection.getMetaData().getDriverName()).isEqualTo("Redshift JDBC Driver");
            assertThat(query(connection, "SELECT current_user")).isEqualTo("loader");
            assertThat(query(connection, "SELECT current_setting('application_name')"))
                    .isEqualTo("Redshift Loader");
        }
    }

    @Test
    void wrongPasswordSaysSoWithoutTheSecret(RedshiftStandIn standIn) {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("password", "Not-The-Password-99");

        assertThatThrownBy(() -> connector(NO_ENVIRONMENT).open(TestProfiles.bind(keys)))
                .isInstanceOfSatisfying(ConnectionFailedException.class, e -> {
                    assertThat(e.check()).isEqualTo(ConnectionCheck.AUTHENTICATE);
                    assertThat(e.problem()).isEqualTo("Wrong user name or password for user loader.");
                    assertThat(e.fix()).contains("user and password");
                })
                .hasMessageNotContaining("Not-The-Password-99");
    }

    @Test
    void postgresEngineConnectsDirectlyThroughPgjdbc(TestDatabase database) throws Exception {
        ConnectionProfile profile = TestProfiles.bind(TestProfiles.postgres(database));

        try (Connection connection = connector(NO_ENVIRONMENT).open(profile)) {
            assertThat(connection.getMetaData().getDriverName()).isEqualTo("PostgreSQL JDBC Driver");
            assertThat(query(connection, "SELECT current_database()")).isEqualTo(database.name());
            assertThat(query(connection, "SELECT current_setting('application_name')"))
                    .isEqualTo("Redshift Loader");
        }
    }

    @Test
    void aConnectionOpenedAheadIsTheOneTheNextOpenGets(TestDatabase database) throws Exception {
        ConnectionProfile profile = TestProfiles.bind(TestProfiles.postgres(database));
        JdbcConnector connector = connector(NO_ENVIRONMENT);

        connector.openAhead(profile);
        int aheadBackend;
        try (Connection connection = connector.open(profile)) {
            aheadBackend = Integer.parseInt(query(connection, "SELECT pg_backend_pid()"));
            assertThat(query(connection, "SELECT current_database()")).isEqualTo(database.name());
        }
        try (Connection next = connector.open(profile)) {
            assertThat(Integer.parseInt(query(next, "SELECT pg_backend_pid()"))).isNotEqualTo(aheadBackend);
        }
    }

    @Test
    void aFailureWhileOpeningAheadIsTheNextOpensFailure(RedshiftStandIn standIn) {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("password", "Not-The-Password-99");
        ConnectionProfile profile = TestProfiles.bind(keys);
        JdbcConnector connector = connector(NO_ENVIRONMENT);

        connector.openAhead(profile);

        assertThatThrownBy(() -> connector.open(profile))
                .isInstanceOfSatisfying(ConnectionFailedException.class, e -> assertThat(e.check())
                        .isEqualTo(ConnectionCheck.AUTHENTICATE));
    }

    @Test
    void passwordIsReadFromTheReferencedEnvironmentVariable(RedshiftStandIn standIn) throws Exception {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("password", "${env:LOADER_DB_PASSWORD}");
        ConnectionProfile profile = TestProfiles.bind(keys);

        Function<String, Optional<String>> environment = name -> name.equals("LOADER_DB_PASSWORD")
                ? Optional.of(standIn.database().password())
                : Optional.empty();
        try (Connection connection = connector(environment).open(profile)) {
            assertThat(query(connection, "SELECT 1")).isEqualTo("1");
        }
        assertThatThrownBy(() -> connector(NO_ENVIRONMENT).open(profile))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("LOADER_DB_PASSWORD is not set");
    }

    @Test
    void missingDatabaseIsNamed(RedshiftStandIn standIn) {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("database", "no_such_db");

        assertThatThrownBy(() -> connector(NO_ENVIRONMENT).open(TestProfiles.bind(keys)))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("The database 'no_such_db' does not exist");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            engine,   ssl_mode,    ssl,   sslmode
            redshift, disable,     false,
            redshift, require,     true,  require
            redshift, verify-ca,   true,  verify-ca
            redshift, verify-full, true,  verify-full
            postgres, disable,     ,      disable
            postgres, require,     ,      require
            postgres, verify-full, ,      verify-full
            """, useHeadersInDisplayName = true)
    void tlsSettingsFollowTheSslModeInEachDriversTerms(String engine, String sslMode, String ssl, String sslmode) {
        Map<String, Object> keys =
                Map.of("engine", engine, "host", "db.example.com", "database", "dev", "user", "u", "ssl_mode", sslMode);
        ConnectionProfile profile = TestProfiles.bind(new LinkedHashMap<>(keys));

        Properties properties = JdbcConnector.properties(profile, new DatabaseCredentials("u", "pw", Optional.empty()));

        assertThat(properties.getProperty("ssl")).isEqualTo(ssl);
        assertThat(properties.getProperty("sslmode")).isEqualTo(sslmode);
        assertThat(properties.getProperty("loginTimeout")).isEqualTo("15");
        assertThat(properties.getProperty("ApplicationName")).isEqualTo("Redshift Loader");
        assertThat(JdbcConnector.url(profile))
                .isEqualTo(
                        (engine.equals("redshift")
                                ? "jdbc:redshift://db.example.com:5439/dev"
                                : "jdbc:postgresql://db.example.com:5432/dev"))
                .doesNotContain("pw");
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
