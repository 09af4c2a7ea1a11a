package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads into an existing typed table through the whole command on both engines: each value is checked against the
 * table's column, so a value that does not fit is a bad row with its line (set aside within a reject budget), and
 * only a column that holds none of the file's values refuses the file, naming the first line that rules it out.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class ExistingTableLoadTest {

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;
    private BothEngines engines;

    ExistingTableLoadTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        engines = new BothEngines(directory, standIn, database);
    }

    private void typedTable(String table) throws Exception {
        engines.execute(
                "CREATE TABLE public." + table + " (id INTEGER, amount NUMERIC(6,2), code VARCHAR(4), seen DATE)");
        engines.execute("INSERT INTO public." + table + " VALUES (0, 0.5, 'kept', '2020-01-01')");
    }

    /** 20,000 rows that fit the table, with the given lines (2 = the first row) replaced. */
    private Path file(String name, java.util.Map<Integer, String> replaced) throws IOException {
        StringBuilder text = new StringBuilder("id,amount,code,seen\n");
        for (int line = 2; line <= 20_001; line++) {
            String row = replaced.getOrDefault(
                    line,
                    (line - 1) + "," + (line % 1000) + ".25,c" + (line % 100) + ",2024-03-"
                            + String.format("%02d", 1 + line % 28));
            text.append(row).append('\n');
        }
        return Files.writeString(directory.resolve(name), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aRejectBudgetSetsAsideTheValuesTheTableCannotHoldAndLoadsTheRest(String profile) throws Exception {
        String table = "budget_" + profile;
        typedTable(table);
        Path rejects = directory.resolve("rejects-" + profile + ".csv");
        Path file = file(
                "three-bad.csv",
                java.util.Map.of(
                        101, "100,oops,c1,2024-03-01",
                        5_001, "5000,12345.5,c1,2024-03-01",
                        9_001, "9000,1.25,toolong,2024-03-01"));

        int exit = engines.load(profile, file, table, "--max-errors", "5", "--rejects", rejects.toString());

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT count(*), count(DISTINCT id) FROM " + table))
                .containsExactly("19998|19998");
        assertThat(database.query("SELECT count(*) FROM " + table + " WHERE id IN (100, 5000, 9000)"))
                .containsExactly("0");
        assertThat(database.query("SELECT code FROM " + table + " WHERE id = 0"))
                .containsExactly("kept");
        assertThat(Files.readString(rejects))
                .contains("101")
                .contains("oops")
                .contains("5001")
                .contains("12345.5")
                .contains("9001")
                .contains("toolong");
        assertThat(engines.out()).contains("19,997 inserted").contains("3 rows rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aBadValueFarIntoTheFileNamesItsLineColumnAndValueAndNothingChanges(String profile) throws Exception {
        String table = "late_" + profile;
        typedTable(table);
        Path file = file("late.csv", java.util.Map.of(15_001, "x15000,1.25,c1,2024-03-01"));

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains("Line 15,001 of late.csv, column id: 'x15000'")
                .doesNotContain("does not fit the existing table");
        assertThat(database.query("SELECT count(*) FROM " + table)).containsExactly("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aColumnThatHoldsNoneOfTheFilesValuesIsRefusedByTheFirstLineThatRulesItOut(String profile) throws Exception {
        String table = "none_fit_" + profile;
        typedTable(table);
        Path file = Files.writeString(
                directory.resolve("words.csv"), "id,amount,code,seen\n1,1.5,a,yesterday\n2,2.5,b,\n3,3.5,c,today\n");

        int exit = engines.load(profile, file, table, "--max-errors", "5");

        assertThat(exit).as(engines.err()).isNotZero();
        assertThat(engines.err())
                .contains("Column 'seen' (DATE in public." + table + "): none of the values of ")
                .contains(" fits; the first, on line 2, is 'yesterday'")
                .contains("nothing was loaded");
        assertThat(database.query("SELECT count(*) FROM " + table)).containsExactly("1");
    }
}
