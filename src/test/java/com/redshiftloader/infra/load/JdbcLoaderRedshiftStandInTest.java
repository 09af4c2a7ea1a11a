package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.count;
import static com.redshiftloader.infra.load.LoadFixture.execute;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader through the Redshift stand-in: the real Redshift JDBC driver, multi-row INSERTs, JSON_PARSE. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class JdbcLoaderRedshiftStandInTest extends LoaderContractTest {

    private final RedshiftStandIn standIn;

    JdbcLoaderRedshiftStandInTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @AfterEach
    void clearFaults() {
        standIn.clearFaults();
    }

    @Override
    public ConnectionProfile profile() {
        return TestProfiles.bind(TestProfiles.standIn(standIn));
    }

    @Override
    public Connection connect() throws SQLException {
        return standIn.database().connect();
    }

    @Test
    void superValuesAreBoundIntoJsonParse() throws Exception {
        Path file = write(directory, "super.csv", "id,payload\n1,[1]\n");
        Events events = new Events();
        loader.load(
                plan(profile(), file, "super_sql", columns("id:INTEGER", "payload:SUPER"), LoadMode.APPEND), events);
        assertThat(events.sql())
                .anyMatch(sql -> sql.startsWith("INSERT INTO \"public\".\"super_sql\"")
                        && sql.contains("VALUES (?, JSON_PARSE(?))"));
    }

    @Test
    void aNewTableGetsTheDistAndSortKeysAsked() throws Exception {
        Path file = write(directory, "keyed.csv", "id,name\n1,a\n2,b\n");
        Events events = new Events();
        LoadPlan plan = plan(
                profile(),
                file,
                "keyed_dist",
                columns("id:INTEGER", "name:VARCHAR(8)"),
                LoadMode.APPEND,
                List.of(),
                new TableOptions(Optional.of("id"), List.of("id", "name")));

        loader.load(plan, events);

        assertThat(events.sql())
                .anyMatch(sql -> sql.startsWith("CREATE TABLE \"public\".\"keyed_dist\"")
                        && sql.endsWith(") DISTKEY(\"id\") SORTKEY(\"id\", \"name\")"));
        try (Connection connection = connect()) {
            assertThat(count(connection, "keyed_dist")).isEqualTo(2);
        }
    }

    @Test
    void mergeByDeleteThenInsertGivesTheSameCounts() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE classic (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO classic VALUES (1, 'one'), (2, 'two')");
        }
        Path file = write(directory, "classic.csv", "id,name\n2,first\n3,three\n2,second\n");
        JdbcLoader classic = new JdbcLoader(
                new JdbcConnector(new RedshiftCredentialsProvider(name -> Optional.empty()), name -> Optional.empty()),
                plan -> Optional.empty(),
                MergeStrategy.DELETE_INSERT);
        Events events = new Events();
        LoadReport report = classic.load(
                plan(
                        profile(),
                        file,
                        "classic",
                        columns("id:INTEGER", "name:VARCHAR(10)"),
                        LoadMode.MERGE,
                        List.of("id")),
                events);
        assertThat(report.rowsUpdated()).isEqualTo(1);
        assertThat(report.rowsInserted()).isEqualTo(1);
        assertThat(events.sql()).anyMatch(sql -> sql.startsWith("DELETE FROM \"public\".\"classic\" USING"));
        assertThat(events.sql()).noneMatch(sql -> sql.startsWith("MERGE"));
        try (Connection connection = connect()) {
            assertThat(LoadFixture.rows(connection, "SELECT id, name FROM classic ORDER BY id"))
                    .containsExactly(List.of("1", "one"), List.of("2", "second"), List.of("3", "three"));
        }
    }

    @Test
    void progressEventsCarryRowsBytesRateAndPhases() throws Exception {
        StringBuilder csv = new StringBuilder("id\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i).append('\n');
        }
        Path file = write(directory, "progress.csv", csv.toString());
        Events events = new Events();
        loader.load(plan(profile(), file, "progressed", columns("id:INTEGER"), LoadMode.APPEND), events);
        LoadEvent.Progress last = events.all.stream()
                .filter(e -> e instanceof LoadEvent.Progress)
                .map(e -> (LoadEvent.Progress) e)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.rows()).isEqualTo(50_000);
        assertThat(last.bytes()).isEqualTo(last.totalBytes()).isEqualTo(Files.size(file));
        assertThat(last.rowsPerSecond()).isPositive();
        assertThat(last.remaining()).contains(Duration.ZERO);
        assertThat(events.all.stream()
                        .filter(e -> e instanceof LoadEvent.PhaseChanged)
                        .map(e -> ((LoadEvent.PhaseChanged) e).phase()))
                .containsExactly(LoadPhase.PREPARING, LoadPhase.LOADING, LoadPhase.COMMITTING, LoadPhase.CLEANING_UP);
    }

    @Test
    void rowsRefusedOnlyTogetherNameNoLineAndARejectBudgetSetsNoneAside() throws Exception {
        // The stand-in's PostgreSQL enforces the primary key; the probe table (LIKE the target) has no key, so every
        // statement and every row loads alone there: lines 2 and 10,502 clash only with each other.
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE keyed (id INTEGER PRIMARY KEY, name VARCHAR(10))");
        }
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int line = 2; line <= 12_001; line++) {
            csv.append(line == 10_502 ? 2 : line).append(",n").append(line).append('\n');
        }
        Path file = write(directory, "keyed.csv", csv.toString());
        LoadPlan plan = plan(profile(), file, "keyed", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.APPEND);
        Path rejects = directory.resolve("keyed-rejects.csv");

        for (LoadPlan attempt : List.of(plan, LoadFixture.withBudget(plan, 5, rejects))) {
            assertThatThrownBy(() -> loader.load(attempt, new Events()))
                    .isInstanceOfSatisfying(LoadException.class, e -> {
                        assertThat(e.line()).isEmpty();
                        assertThat(e.getMessage())
                                .contains("Lines 2 to 12001 of keyed.csv were refused together")
                                .contains("duplicate key")
                                .doesNotContain("Batch entry");
                    });
        }
        assertThat(rejects).doesNotExist();
        try (Connection connection = connect()) {
            assertThat(count(connection, "keyed")).isZero();
        }
    }

    @Test
    void aTimestampInTheDefaultTimeZonesSpringForwardGapIsStoredAsWritten() throws Exception {
        // 02:30 on 2024-03-10 does not exist in New York (clocks go from 02:00 to 03:00). A TIMESTAMP has no time
        // zone, so it must land as written whatever the JVM's zone: the driver's own LocalDateTime formatting
        // placed it in the default zone, which moved it to 03:30.
        Path file = write(
                directory,
                "gap.csv",
                "id,at\n1,2024-03-10 02:30:00\n2,2024-03-10 02:00:00.123456\n3,2024-11-03 01:30:00\n");
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            loader.load(
                    plan(profile(), file, "gap", columns("id:INTEGER", "at:TIMESTAMP"), LoadMode.APPEND), new Events());
        } finally {
            TimeZone.setDefault(original);
        }
        try (Connection connection = connect()) {
            assertThat(LoadFixture.rows(connection, "SELECT id::text, at::text FROM gap ORDER BY id"))
                    .containsExactly(
                            List.of("1", "2024-03-10 02:30:00"),
                            List.of("2", "2024-03-10 02:00:00.123456"),
                            List.of("3", "2024-11-03 01:30:00"));
        }
    }

    @Test
    void aRowRefusedInTheThirdStatementOfARoundTripIsNamedByItsLine() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE guarded_batch (id INTEGER, name VARCHAR(10) NOT NULL)",
                    "INSERT INTO guarded_batch VALUES (1, 'kept')");
        }
        // 4,000 rows per statement, up to 4 statements per round trip: line 10,502 is in the third statement of the
        // first round trip, and the file ends with a shorter statement of its own.
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int line = 2; line <= 15_001; line++) {
            csv.append(line)
                    .append(',')
                    .append(line == 10_502 ? "" : "n" + line)
                    .append('\n');
        }
        Path file = write(directory, "guarded_batch.csv", csv.toString());
        LoadPlan plan =
                plan(profile(), file, "guarded_batch", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.APPEND);

        assertThatThrownBy(() -> loader.load(plan, new Events())).isInstanceOfSatisfying(LoadException.class, e -> {
            assertThat(e.line()).hasValue(10_502);
            assertThat(e.getMessage())
                    .contains("Line 10,502 of guarded_batch.csv")
                    .contains("null")
                    .doesNotContain("Batch entry")
                    .doesNotContain("?, ?");
        });
        try (Connection connection = connect()) {
            assertThat(count(connection, "guarded_batch")).isOne();
        }

        Path clean = write(directory, "clean_batch.csv", csv.toString().replace("10502,\n", "10502,n10502\n"));
        LoadReport report = loader.load(
                plan(profile(), clean, "guarded_batch", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.APPEND),
                new Events());
        assertThat(report.rowsInserted()).isEqualTo(15_000);
        try (Connection connection = connect()) {
            assertThat(LoadFixture.rows(
                            connection,
                            "SELECT count(*), count(DISTINCT id), min(id), max(id) FROM guarded_batch WHERE id > 1"))
                    .containsExactly(List.of("15000", "15000", "2", "15001"));
        }
    }

    @Test
    void aConnectionLostMidLoadRollsBackWithAClearMessage() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE dropped (id INTEGER, name VARCHAR(20))",
                    "INSERT INTO dropped VALUES (1, 'kept')");
        }
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append(",name ").append(i).append('\n');
        }
        Path file = write(directory, "dropped.csv", csv.toString());
        standIn.dropConnectionsAfterMessages(120);
        Events events = new Events();
        assertThatThrownBy(() -> loader.load(
                        plan(profile(), file, "dropped", columns("id:INTEGER", "name:VARCHAR(20)"), LoadMode.REPLACE),
                        events))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("connection to the server was lost during the load")
                .hasMessageContaining("nothing was changed")
                .satisfies(e -> assertThat(((LoadException) e).fix()).contains("Run the load again"));
        standIn.clearFaults();
        assertThat(events.all).anyMatch(e -> e instanceof LoadEvent.Progress); // rows were on their way
        assertThat(events.all)
                .noneMatch(e -> e instanceof LoadEvent.Log log && log.message().contains("trying again"));
        try (Connection connection = connect()) {
            assertThat(count(connection, "dropped")).isOne();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 12})
    void aConnectionLostBeforeAnyRowWasSentIsRetried(int messages) throws Exception {
        Path file = write(directory, "retried" + messages + ".csv", "id\n1\n2\n");
        standIn.dropNextConnectionAfterMessages(messages);
        LoadReport report = load(plan(profile(), file, "retried" + messages, columns("id:INTEGER"), LoadMode.APPEND));
        assertThat(report.rowsInserted()).isEqualTo(2);
    }

    @Test
    void copyWithoutAConfiguredFillerFailsClearly() throws Exception {
        Path file = write(directory, "copy.csv", "id\n1\n");
        LoadPlan insertPlan = plan(profile(), file, "copied", columns("id:INTEGER"), LoadMode.APPEND);
        LoadPlan copyPlan = new LoadPlan(
                insertPlan.profile(),
                file,
                insertPlan.settings(),
                insertPlan.columns(),
                insertPlan.target(),
                insertPlan.mode(),
                insertPlan.mergeKeys(),
                LoadPath.COPY,
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
        assertThatThrownBy(() -> load(copyPlan))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("COPY through S3 was asked for, but no S3 staging is available");
    }
}
