package com.redshiftloader.infra.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.Engine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSandboxTest {

    @TempDir
    Path dataDirectory;

    @Test
    void startsOnFirstUseAndKeepsItsDataBetweenRuns() throws SQLException {
        try (LocalSandbox sandbox = new LocalSandbox(dataDirectory)) {
            assertThat(dataDirectory.resolve("pgdata")).doesNotExist();
            ConnectionProfile profile = sandbox.start();
            assertThat(profile.engine()).isEqualTo(Engine.POSTGRES);
            assertThat(profile.name()).isEqualTo("Local sandbox");
            try (Connection connection = connect(profile);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (id int, name text)");
                statement.execute("INSERT INTO kept VALUES (1, 'Zoë')");
            }
        }
        assertThat(dataDirectory.resolve("pgdata/PG_VERSION")).exists();

        try (LocalSandbox again = new LocalSandbox(dataDirectory)) {
            try (Connection connection = connect(again.start());
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT name FROM kept WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Zoë");
            }
        }
    }

    private static Connection connect(ConnectionProfile profile) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + profile.host() + ":" + profile.port() + "/" + profile.database(),
                "postgres",
                "");
    }
}
