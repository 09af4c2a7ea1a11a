package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.execute;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.rows;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How each load mode treats the target table: append, merge, replace, truncate, fail_if_exists and
 * the dry run.
 */
interface LoadModesContract extends LoaderContract {

    @Test
    default void mergeKeepsTheLastRowOfEachKeyAndCountsInsertedAndUpdated() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE merged (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO merged VALUES (1, 'one'), (2, 'two')");
        }
        Path file = write(directory(), "merge.csv", "id,name\n2,first\n3,three\n2,second\n3,third\n4,four\n");
        LoadReport report = load(plan(
                profile(), file, "merged", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.MERGE, List.of("id")));

        assertThat(report.rowsUpdated()).isEqualTo(1);
        assertThat(report.rowsInserted()).isEqualTo(2);
        assertThat(report.rowsRead()).isEqualTo(5);
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id, name FROM merged ORDER BY id"))
                    .containsExactly(
                            List.of("1", "one"), List.of("2", "second"), List.of("3", "third"), List.of("4", "four"));
        }
    }

    @Test
    default void onlyALoadThroughAStageTableSaysStaging() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE phased (id INTEGER)");
        }
        Path file = write(directory(), "phased.csv", "id\n1\n2\n");
        LoadFixture.Events appended = new LoadFixture.Events();
        loader().load(plan(profile(), file, "phased", columns("id:INTEGER"), LoadMode.APPEND), appended);
        LoadFixture.Events merged = new LoadFixture.Events();
        loader().load(plan(profile(), file, "phased", columns("id:INTEGER"), LoadMode.MERGE, List.of("id")), merged);

        assertThat(phases(appended)).contains(LoadPhase.LOADING).doesNotContain(LoadPhase.STAGING);
        assertThat(phases(merged))
                .contains(LoadPhase.STAGING, LoadPhase.MERGING)
                .doesNotContain(LoadPhase.LOADING);
    }

    private static List<LoadPhase> phases(LoadFixture.Events events) {
        return events.all.stream()
                .filter(event -> event instanceof LoadEvent.PhaseChanged)
                .map(event -> ((LoadEvent.PhaseChanged) event).phase())
                .toList();
    }

    @Test
    default void mergeRefusesNullKeysAndChangesNothing() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE nullkeys (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO nullkeys VALUES (1, 'one')");
        }
        Path file = write(directory(), "nulls.csv", "id,name\n1,uno\n,x\nNULL,y\n5,five\n");
        assertThatThrownBy(() -> load(plan(
                        profile(),
                        file,
                        "nullkeys",
                        columns("id:INTEGER", "name:VARCHAR(10)"),
                        LoadMode.MERGE,
                        List.of("id"))))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("2 rows have a NULL in a merge key (id)");
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id, name FROM nullkeys")).containsExactly(List.of("1", "one"));
        }
    }

    @Test
    default void mergeKeysMustBeColumnsOfTheFile() throws Exception {
        Path file = write(directory(), "keys.csv", "id\n1\n");
        assertThatThrownBy(() ->
                        load(plan(profile(), file, "keyed", columns("id:INTEGER"), LoadMode.MERGE, List.of("code"))))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("The merge key code is not one of the columns loaded (id)");
    }

    @Test
    default void replaceThatFailsAfterTheDeleteLeavesTheOldRows() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE replaced (id INTEGER, qty INTEGER CHECK (qty >= 0))",
                    "INSERT INTO replaced VALUES (1, 10), (2, 20)");
        }
        // The stage has no CHECK constraint: the failure comes in INSERT … SELECT, after the DELETE ran.
        Path file = write(directory(), "replace.csv", "id,qty\n7,1\n8,-1\n");
        LoadFixture.Events events = new LoadFixture.Events();
        assertThatThrownBy(() -> loader().load(
                                plan(
                                        profile(),
                                        file,
                                        "replaced",
                                        columns("id:INTEGER", "qty:INTEGER"),
                                        LoadMode.REPLACE),
                                events))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("Nothing was loaded");
        assertThat(events.sql()).anyMatch(sql -> sql.startsWith("DELETE FROM \"public\".\"replaced\""));
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id, qty FROM replaced ORDER BY id"))
                    .containsExactly(List.of("1", "10"), List.of("2", "20"));
        }
    }

    @Test
    default void appendWritesTheRowsOnceStraightIntoTheTargetEvenWithOneNullableColumn() throws Exception {
        Path file = write(directory(), "single.csv", "note\nNULL\nx\n\"a,b\"\n");
        LoadFixture.Events events = new LoadFixture.Events();
        loader().load(plan(profile(), file, "single", columns("note:VARCHAR(16)"), LoadMode.APPEND), events);
        assertThat(events.sql()).noneMatch(sql -> sql.contains("__stage_"));
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT coalesce(note, '<null>') FROM single"))
                    .containsExactlyInAnyOrder(List.of("<null>"), List.of("x"), List.of("a,b"));
        }
    }

    @Test
    default void replaceAndTruncateSwapTheRowsWithoutTruncate() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE swapped (id INTEGER)", "INSERT INTO swapped VALUES (1), (2), (3)");
        }
        for (LoadMode mode : List.of(LoadMode.TRUNCATE, LoadMode.REPLACE)) {
            Path file = write(directory(), mode + ".csv", "id\n" + (mode.ordinal() * 10) + "\n");
            LoadFixture.Events events = new LoadFixture.Events();
            loader().load(plan(profile(), file, "swapped", columns("id:INTEGER"), mode), events);
            assertThat(events.sql()).noneMatch(sql -> sql.toUpperCase().startsWith("TRUNCATE"));
            try (Connection connection = connect()) {
                assertThat(rows(connection, "SELECT id FROM swapped"))
                        .containsExactly(List.of(String.valueOf(mode.ordinal() * 10)));
            }
        }
    }

    @Test
    default void aDryRunReportsWhatWouldHappenAndChangesNothing() throws Exception {
        Path file = write(directory(), "dry.csv", "id\n1\n2\n");
        LoadReport report =
                load(LoadFixture.dryRun(plan(profile(), file, "dry_table", columns("id:INTEGER"), LoadMode.APPEND)));
        assertThat(report.dryRun()).isTrue();
        assertThat(report.rowsInserted()).isEqualTo(2);
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT to_regclass('public.dry_table')"))
                    .containsExactly(Arrays.asList((String) null));
        }
    }

    @Test
    default void failIfExistsRefusesAnExistingTable() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE existing (id INTEGER)");
        }
        Path file = write(directory(), "exists.csv", "id\n1\n");
        assertThatThrownBy(
                        () -> load(plan(profile(), file, "existing", columns("id:INTEGER"), LoadMode.FAIL_IF_EXISTS)))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("exists, and the mode is fail_if_exists");
    }
}
