package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.count;
import static com.redshiftloader.infra.load.LoadFixture.execute;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.rows;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Rows that do not load: a bad value or a refused row is named by its line and loads nothing, the reject budget
 * sets rows aside in the rejects file, and a conflict or a cancel rolls back.
 */
interface FailedRowsContract extends LoaderContract {

    @Test
    default void aBadValueAtLine50000Of100000LoadsNothingAndNamesTheLine() throws Exception {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int line = 2; line <= 100_001; line++) {
            csv.append(line == 50_000 ? "oops" : String.valueOf(line))
                    .append(",row ")
                    .append(line)
                    .append('\n');
        }
        Path file = write(directory(), "big.csv", csv.toString());
        assertThatThrownBy(() ->
                        load(plan(profile(), file, "big", columns("id:INTEGER", "name:VARCHAR(12)"), LoadMode.APPEND)))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.line()).hasValue(50_000);
                    assertThat(e.column()).hasValue("id");
                    assertThat(e.value()).hasValue("'oops'");
                    assertThat(e.getMessage()).contains("Line 50,000 of big.csv, column id: 'oops' is not a whole");
                });
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT to_regclass('public.big')"))
                    .containsExactly(Arrays.asList((String) null));
        }
    }

    @Test
    default void aRowTheDatabaseRefusesIsNamedByItsLine() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE refused (id INTEGER, name VARCHAR(10) NOT NULL)",
                    "INSERT INTO refused VALUES (1, 'kept')");
        }
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int line = 2; line <= 3_000; line++) {
            csv.append(line).append(',').append(line == 2_345 ? "" : "n" + line).append('\n');
        }
        Path file = write(directory(), "refused.csv", csv.toString());
        assertThatThrownBy(() -> load(
                        plan(profile(), file, "refused", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.APPEND)))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.line()).hasValue(2_345);
                    assertThat(e.getMessage())
                            .contains("Line 2,345 of refused.csv")
                            .contains("null");
                });
        try (Connection connection = connect()) {
            assertThat(count(connection, "refused")).isOne();
        }
    }

    @Test
    default void rowsThatFailConversionGoToTheRejectsFileWithinTheBudget() throws Exception {
        Path file = write(directory(), "budget.csv", "id,day\n1,2024-01-01\nx,2024-01-02\n3,not a day\n4,2024-01-04\n");
        Path rejects = directory().resolve("rejects.csv");
        LoadPlan plan = LoadFixture.withBudget(
                plan(profile(), file, "budgeted", columns("id:INTEGER", "day:DATE"), LoadMode.APPEND), 2, rejects);
        LoadReport report = load(plan);

        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.rowsInserted()).isEqualTo(2);
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(report.rejectsFile()).contains(rejects);
        assertThat(Files.readAllLines(rejects, StandardCharsets.UTF_8))
                .containsExactly(
                        "line,reason,fields",
                        "3,\"id: not a whole number\",\"x\",\"2024-01-02\"",
                        "4,\"day: not a valid date (expected ISO 8601, e.g. 2024-03-31 13:45:00)\",\"3\",\"not a day\"");

        LoadPlan tight = LoadFixture.withBudget(plan, 1, directory().resolve("rejects2.csv"));
        assertThatThrownBy(() -> load(tight))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("more than 1 row was rejected, so nothing was loaded.");
        try (Connection connection = connect()) {
            assertThat(count(connection, "budgeted")).isEqualTo(2);
        }
    }

    @Test
    default void rowsTheDatabaseRefusesGoToTheRejectsFileWithinTheBudget() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE guarded (id INTEGER, name VARCHAR(10) NOT NULL)");
        }
        String csv = guardedCsv();
        Path file = write(directory(), "guarded.csv", csv);
        Path rejects = directory().resolve("guarded-rejects.csv");
        LoadPlan plan = guarded(file, 2, rejects);

        LoadReport report = loader().load(plan, new LoadFixture.Events());

        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(report.rowsInserted()).isEqualTo(2_997);
        assertThat(Files.readAllLines(rejects, StandardCharsets.UTF_8))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("700,").contains("refused the row"))
                .anySatisfy(line -> assertThat(line).startsWith("2500,").contains("refused the row"));
        try (Connection connection = connect()) {
            assertThat(count(connection, "guarded")).isEqualTo(2_997);
        }

        LoadPlan tight = LoadFixture.withBudget(plan, 1, directory().resolve("guarded-rejects2.csv"));
        assertThatThrownBy(() -> load(tight)).isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.line())
                .hasValue(2_500));

        // a value that does not convert plus the two refused rows: the third rejected row spends a budget of two
        Path mixed = write(directory(), "guarded-mixed.csv", csv.replace("\n3,n3\n", "\nthree,n3\n"));
        LoadPlan spent = guarded(mixed, 2, directory().resolve("guarded-rejects3.csv"));
        assertThatThrownBy(() -> load(spent)).isInstanceOfSatisfying(LoadException.class, e -> {
            assertThat(e.line()).hasValue(2_500);
            assertThat(e.getMessage())
                    .startsWith("Line 2,500 of guarded-mixed.csv")
                    .contains("the database refused the row")
                    .doesNotContain("column : ")
                    .endsWith("more than 2 rows were rejected, so nothing was loaded.");
        });
        try (Connection connection = connect()) {
            assertThat(count(connection, "guarded")).isEqualTo(2_997);
        }
    }

    /** 2,999 rows (lines 2 to 3,000) of which lines 700 and 2,500 have no name for the NOT NULL column. */
    private static String guardedCsv() {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int line = 2; line <= 3_000; line++) {
            csv.append(line)
                    .append(',')
                    .append(line == 700 || line == 2_500 ? "" : "n" + line)
                    .append('\n');
        }
        return csv.toString();
    }

    private LoadPlan guarded(Path file, int budget, Path rejects) {
        return LoadFixture.withBudget(
                plan(profile(), file, "guarded", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.APPEND),
                budget,
                rejects);
    }

    @Test
    default void aSerializationConflictRollsBackAndTheLoadRunsAgain() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE contested (id INTEGER)",
                    "CREATE SEQUENCE contested_attempts",
                    """
                    CREATE FUNCTION conflict_once() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      IF nextval('contested_attempts') = 1 THEN
                        RAISE EXCEPTION '1023: Serializable isolation violation on table - 123456'
                          USING ERRCODE = '40001';
                      END IF;
                      RETURN NULL;
                    END $$""",
                    "CREATE TRIGGER contested_conflict AFTER INSERT ON contested"
                            + " FOR EACH STATEMENT EXECUTE FUNCTION conflict_once()");
        }
        Path file = write(directory(), "contested.csv", "id\n1\n2\n3\n");
        LoadFixture.Events events = new LoadFixture.Events();

        LoadReport report =
                loader().load(plan(profile(), file, "contested", columns("id:INTEGER"), LoadMode.APPEND), events);

        assertThat(report.rowsInserted()).isEqualTo(3);
        assertThat(events.logs()).anyMatch(line -> line.contains("Another transaction conflicted with the load"));
        try (Connection connection = connect()) {
            assertThat(count(connection, "contested")).isEqualTo(3);
        }
    }

    @Test
    default void cancellingMidLoadRollsBackAndThrowsInterrupted() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE cancelled (id INTEGER)", "INSERT INTO cancelled VALUES (1)");
        }
        StringBuilder csv = new StringBuilder("id\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append('\n');
        }
        Path file = write(directory(), "cancel.csv", csv.toString());
        AtomicBoolean interrupted = new AtomicBoolean();
        assertThatThrownBy(() -> loader().load(
                                plan(profile(), file, "cancelled", columns("id:INTEGER"), LoadMode.REPLACE), event -> {
                                    if (event instanceof LoadEvent.Progress && interrupted.compareAndSet(false, true)) {
                                        Thread.currentThread()
                                                .interrupt(); // what the GUI's Cancel does to the loading thread
                                    }
                                }))
                .isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id FROM cancelled")).containsExactly(List.of("1"));
        }
    }
}
