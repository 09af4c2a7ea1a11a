package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.rows;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The loader straight to PostgreSQL (engine: postgres): pgjdbc and COPY FROM STDIN. */
@ExtendWith(PostgresDatabaseExtension.class)
class JdbcLoaderPostgresTest extends LoaderContractTest {

    private final TestDatabase database;

    JdbcLoaderPostgresTest(TestDatabase database) {
        this.database = database;
    }

    @Override
    public ConnectionProfile profile() {
        return TestProfiles.bind(TestProfiles.postgres(database));
    }

    @Override
    public Connection connect() throws SQLException {
        return database.connect();
    }

    @Test
    void superColumnsAreJsonbAndRowsArriveByCopyFromStdin() throws Exception {
        Path file = write(directory, "jsonb.csv", "id,payload\n1,\"{\"\"k\"\": true}\"\n");
        Events events = new Events();
        loader.load(
                plan(profile(), file, "jsonb_docs", columns("id:INTEGER", "payload:SUPER"), LoadMode.APPEND), events);
        assertThat(events.sql())
                .anyMatch(sql -> sql.startsWith("COPY \"public\".\"jsonb_docs\"") && sql.contains("FROM STDIN"));
        assertThat(events.sql()).noneMatch(sql -> sql.contains("__stage_"));
        try (Connection connection = connect()) {
            assertThat(rows(
                            connection,
                            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                                    + " WHERE attrelid = 'public.jsonb_docs'::regclass AND attname = 'payload'"))
                    .containsExactly(List.of("jsonb"));
        }
    }
}
