package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.RowDroppingTrigger;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What landed is what the load counted, through the whole command on both engines (the Redshift driver and the
 * stand-in's INSERT path; engine=postgres's COPY path), in every mode: a trigger that silently drops some inserted
 * rows makes the load fail with both counts, and the table stays as it was; without it the same loads succeed.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class LandedRowsLoadTest {

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;
    private BothEngines engines;

    LandedRowsLoadTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        engines = new BothEngines(directory, standIn, database);
    }

    /** Ids 51..1,050: 50 of them are in the table already, 10 end in 07 (107, 207, …, 1,007). */
    private Path file() throws IOException {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 51; i <= 1_050; i++) {
            text.append(i).append(",new\n");
        }
        return Files.writeString(directory.resolve("landed.csv"), text.toString());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            warehouse, append,   'the database received 990 rows, but the load counted 1,000 rows in landed.csv'
            local,     append,   'the database received 990 rows, but the load counted 1,000 rows in landed.csv'
            warehouse, replace,  'the database received 990 rows, but the load counted 1,000 rows in landed.csv'
            local,     replace,  'the database received 990 rows, but the load counted 1,000 rows in landed.csv'
            warehouse, truncate, 'the database received 990 rows, but the load counted 1,000 rows in landed.csv'
            local,     truncate, 'the database received 990 rows, but the load counted 1,000 rows in landed.csv'
            warehouse, merge,    'the merge added 940 rows, but the load counted 950 new keys in landed.csv'
            local,     merge,    'the merge added 940 rows, but the load counted 950 new keys in landed.csv'
            """)
    void aTriggerThatDropsRowsFailsTheLoadWithBothCountsAndChangesNothing(String profile, String mode, String counts)
            throws Exception {
        String table = "landed_" + mode + "_" + profile;
        createWithOldRows(table);
        dropRowsEndingInSevenOnInsert(table);

        int exit = engines.load(profile, file(), table, "--mode", mode, "--key", "id");

        assertThat(exit).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains("public." + table + ": " + counts)
                .contains("Nothing was changed: the load was rolled back.")
                .contains("check the table's triggers and rules");
        assertThat(database.query("SELECT count(*), min(id), max(id), min(name), max(name) FROM " + table))
                .as("the table as it was")
                .containsExactly("100|1|100|old|old");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            warehouse, append,   1100
            local,     append,   1100
            warehouse, replace,  1000
            local,     replace,  1000
            warehouse, truncate, 1000
            local,     truncate, 1000
            warehouse, merge,    1050
            local,     merge,    1050
            """)
    void withoutTheTriggerEveryModeLoads(String profile, String mode, int rows) throws Exception {
        String table = "landed_ok_" + mode + "_" + profile;
        createWithOldRows(table);

        int exit = engines.load(profile, file(), table, "--mode", mode, "--key", "id");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT count(*), max(id) FROM " + table)).containsExactly(rows + "|1050");
    }

    private void createWithOldRows(String table) throws SQLException {
        run(
                "CREATE TABLE public." + table + " (id INTEGER, name VARCHAR(10))",
                "INSERT INTO public." + table + " SELECT i, 'old' FROM generate_series(1, 100) AS s(i)");
    }

    private void dropRowsEndingInSevenOnInsert(String table) throws SQLException {
        run(RowDroppingTrigger.on(table).toArray(String[]::new));
    }

    private void run(String... statements) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
