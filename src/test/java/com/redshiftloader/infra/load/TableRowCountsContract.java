package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.execute;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The target's rows before and after, as the load reports them: counted in its transaction when it locks the table,
 * after its commit when it appends.
 */
interface TableRowCountsContract extends LoaderContract {

    @Test
    default void appendIntoANonEmptyTableCountsTheRowsThereBeforeAndAfter() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE counted (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO counted VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
        Path file = write(directory(), "counted.csv", "id,name\n4,four\n5,five\n");
        LoadReport report =
                load(plan(profile(), file, "counted", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.APPEND));

        assertThat(report.tableRowsBefore()).isEqualTo(3);
        assertThat(report.tableRowsAfter()).isEqualTo(5);
        try (Connection connection = connect()) {
            assertThat(LoadFixture.count(connection, "counted")).isEqualTo(report.tableRowsAfter());
        }
    }

    @Test
    default void anAppendReadsItsTableOnlyAfterItsCommit() throws Exception {
        // On Redshift a read of the table in an append's transaction makes two appends at once conflict.
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE blind (id INTEGER)", "INSERT INTO blind VALUES (1)");
        }
        Path file = write(directory(), "blind.csv", "id\n2\n3\n");
        LoadFixture.Events events = new LoadFixture.Events();
        LoadReport report =
                loader().load(plan(profile(), file, "blind", columns("id:INTEGER"), LoadMode.APPEND), events);

        int committing = events.all.indexOf(new LoadEvent.PhaseChanged(LoadPhase.COMMITTING));
        List<Integer> counts = new java.util.ArrayList<>();
        for (int i = 0; i < events.all.size(); i++) {
            if (events.all.get(i) instanceof LoadEvent.Log log && log.message().startsWith("SELECT COUNT(*)")) {
                counts.add(i);
            }
        }
        assertThat(committing).isNotNegative();
        assertThat(counts).isNotEmpty().allSatisfy(at -> assertThat(at).isGreaterThan(committing));
        assertThat(report.tableRowsBefore()).isEqualTo(1);
        assertThat(report.tableRowsAfter()).isEqualTo(3);
    }

    @Test
    default void aMergeCountsItsTableOnceBeforeAndOnceAfterForBothTheReportAndTheLandedCheck() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE merge_once (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO merge_once VALUES (1, 'one')");
        }
        Path file = write(directory(), "merge_once.csv", "id,name\n1,un\n2,deux\n");
        LoadFixture.Events events = new LoadFixture.Events();
        LoadReport report = loader().load(
                        plan(
                                profile(),
                                file,
                                "merge_once",
                                columns("id:INTEGER", "name:VARCHAR(10)"),
                                LoadMode.MERGE,
                                List.of("id")),
                        events);

        assertThat(events.all.stream()
                        .filter(event -> event instanceof LoadEvent.Log log
                                && log.message().matches("SELECT COUNT\\(\\*\\) FROM (\"public\"\\.)?\"merge_once\";?"))
                        .count())
                .as("a count of a large table is not free: each is read once")
                .isEqualTo(2);
        assertThat(report.tableRowsBefore()).isEqualTo(1);
        assertThat(report.tableRowsAfter()).isEqualTo(2);
    }

    @Test
    default void aMergeCountsOnlyItsNewKeysAsAdded() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE merge_counted (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO merge_counted VALUES (1, 'one'), (2, 'two')");
        }
        Path file = write(directory(), "merge_counted.csv", "id,name\n2,deux\n3,trois\n4,quatre\n");
        LoadReport report = load(plan(
                profile(),
                file,
                "merge_counted",
                columns("id:INTEGER", "name:VARCHAR(10)"),
                LoadMode.MERGE,
                List.of("id")));

        assertThat(report.tableRowsBefore()).isEqualTo(2);
        assertThat(report.tableRowsAfter()).isEqualTo(4);
        assertThat(report.rowsUpdated()).isEqualTo(1);
    }

    @Test
    default void aNewTableStartsFromNoRowsAndAReplaceFromTheOldOnes() throws Exception {
        Path file = write(directory(), "fresh.csv", "id\n1\n2\n");
        LoadReport created = load(plan(profile(), file, "fresh_counted", columns("id:INTEGER"), LoadMode.APPEND));
        assertThat(created.tableRowsBefore()).isZero();
        assertThat(created.tableRowsAfter()).isEqualTo(2);

        Path one = write(directory(), "one.csv", "id\n9\n");
        LoadReport replaced = load(plan(profile(), one, "fresh_counted", columns("id:INTEGER"), LoadMode.REPLACE));
        assertThat(replaced.tableRowsBefore()).isEqualTo(2);
        assertThat(replaced.tableRowsAfter()).isEqualTo(1);
    }

    @Test
    default void aDryRunSaysWhatTheTableWouldHold() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE dry_counted (id INTEGER)", "INSERT INTO dry_counted VALUES (1)");
        }
        Path file = write(directory(), "dry_counted.csv", "id\n2\n3\n");
        LoadReport report =
                load(LoadFixture.dryRun(plan(profile(), file, "dry_counted", columns("id:INTEGER"), LoadMode.APPEND)));
        assertThat(report.tableRowsBefore()).isEqualTo(1);
        assertThat(report.tableRowsAfter()).isEqualTo(3);
        try (Connection connection = connect()) {
            assertThat(LoadFixture.count(connection, "dry_counted")).isOne();
        }
    }
}
