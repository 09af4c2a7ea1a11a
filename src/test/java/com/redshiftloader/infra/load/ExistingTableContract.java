package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.count;
import static com.redshiftloader.infra.load.LoadFixture.execute;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.rows;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Loading into a table that exists already: new columns are added, conflicting ones are reported before any
 * row is sent, and narrower ones are kept and checked.
 */
interface ExistingTableContract extends LoaderContract {

    @Test
    default void newFileColumnsAreAddedOneAlterEachAndMissingOnesLoadAsNull() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE evolved (\"ID\" INTEGER, name VARCHAR(20), note VARCHAR(5))",
                    "INSERT INTO evolved VALUES (1, 'old', 'n')");
        }
        Path file = write(directory(), "evolve.csv", "id,name,city,zip\n2,new,Paris,01234\n");
        LoadFixture.Events events = new LoadFixture.Events();
        loader().load(
                        plan(
                                profile(),
                                file,
                                "EVOLVED",
                                columns("id:INTEGER", "name:VARCHAR(10)", "city:VARCHAR(10)", "zip:VARCHAR(5)"),
                                LoadMode.APPEND),
                        events);

        assertThat(events.sql().stream().filter(sql -> sql.startsWith("ALTER TABLE \"public\".\"evolved\"")))
                .containsExactly(
                        "ALTER TABLE \"public\".\"evolved\" ADD COLUMN \"city\" VARCHAR(10)",
                        "ALTER TABLE \"public\".\"evolved\" ADD COLUMN \"zip\" VARCHAR(5)");
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT \"ID\", name, note, city, zip FROM evolved ORDER BY 1"))
                    .containsExactly(
                            Arrays.asList("1", "old", "n", null, null),
                            Arrays.asList("2", "new", null, "Paris", "01234"));
        }
    }

    @Test
    default void conflictsAreReportedBeforeAnyRowIsSent() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE conflicted (id INTEGER, code VARCHAR(5))",
                    "INSERT INTO conflicted VALUES (1, 'a')");
        }
        Path file = write(directory(), "conflict.csv", "id,code\nA-1,abcdefghij\n");
        LoadFixture.Events events = new LoadFixture.Events();
        assertThatThrownBy(() -> loader().load(
                                plan(
                                        profile(),
                                        file,
                                        "conflicted",
                                        columns("id:VARCHAR(3)", "code:VARCHAR(10)"),
                                        LoadMode.APPEND),
                                events))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("Column 'id' (INTEGER in public.conflicted): none of the values of ")
                .hasMessageContaining(" fits; the first, on line 2, is 'A-1'")
                .hasMessageContaining("Column 'code' (VARCHAR(5) in public.conflicted): none of the values of ")
                .hasMessageContaining(" fits; the first, on line 2, is 'abcdefghij'")
                .satisfies(e -> assertThat(((LoadException) e).fix())
                        .contains("widen")
                        .contains("--type")
                        .contains("leave the column out"));
        assertThat(events.sql()).noneMatch(sql -> sql.contains("INSERT") || sql.contains("COPY"));
        try (Connection connection = connect()) {
            assertThat(count(connection, "conflicted")).isOne();
        }
    }

    private LoadPlan snug(String name, String csv) throws Exception {
        return plan(profile(), write(directory(), name, csv), "snug", columns("code:VARCHAR(16)"), LoadMode.APPEND);
    }

    @Test
    default void aNarrowerTextColumnThatHoldsEveryValueIsLoadedAndStillChecked() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE snug (code VARCHAR(5))");
        }
        assertThat(load(snug("snug.csv", "code\nab\nZoë\nabcde\n")).rowsInserted())
                .isEqualTo(3);

        LoadPlan longer = snug("snug2.csv", "code\nab\nZoëZoë\n");
        assertThatThrownBy(() -> load(longer))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("Line 3 of snug2.csv, column code: 'ZoëZoë'")
                .hasMessageNotContaining("does not fit the existing table");
        try (Connection connection = connect()) {
            assertThat(count(connection, "snug")).isEqualTo(3);
        }
    }
}
