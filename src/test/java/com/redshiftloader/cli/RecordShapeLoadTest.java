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
 * Records that cannot be rows, through the whole command on both engines (the Redshift driver and the stand-in's
 * INSERT path; engine=postgres's COPY path): a ragged row and a stray quote are refused with their line and nothing
 * changes, a reject budget sets ragged rows aside, short rows load with NULL only when asked, and real multi-line
 * values still load.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class RecordShapeLoadTest {

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;
    private BothEngines engines;

    RecordShapeLoadTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        engines = new BothEngines(directory, standIn, database);
    }

    /** 10,000 rows of {@code id,name,amount}; row 7,001 (line 7,002) has a field too many, row 8,001 one too few. */
    private Path raggedFile() throws IOException {
        StringBuilder text = new StringBuilder("id,name,amount\n");
        for (int i = 1; i <= 10_000; i++) {
            if (i == 7_001) {
                text.append(i).append(",n").append(i).append(",1.5,extra\n");
            } else if (i == 8_001) {
                text.append(i).append(",n").append(i).append('\n');
            } else {
                text.append(i).append(",n").append(i).append(",2.25\n");
            }
        }
        return Files.writeString(directory.resolve("ragged.csv"), text.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aRowWithAFieldTooManyOrTooFewIsRefusedWithItsLineAndNothingChanges(String profile) throws Exception {
        String table = "ragged_" + profile;

        int exit = engines.load(profile, raggedFile(), table);

        assertThat(exit).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains(
                        "ragged.csv, line 7,002: the record has 4 fields but the file has 3 columns (7001,n7001,1.5,extra)")
                .contains("Nothing was loaded");
        assertThat(engines.out()).isEmpty();
        assertThat(engines.exists(table)).isFalse();

        exit = engines.load(profile, raggedFile(), table, "--fill-missing");

        assertThat(exit)
                .as("fill-missing never drops the extra field: " + engines.err())
                .isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err()).contains("line 7,002: the record has 4 fields");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aRejectBudgetSetsRaggedRowsAsideInTheRejectsFile(String profile) throws Exception {
        String table = "ragged_budget_" + profile;
        Path rejects = directory.resolve("rejects-" + profile + ".csv");

        int exit = engines.load(profile, raggedFile(), table, "--max-errors", "5", "--rejects", rejects.toString());

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT count(*), count(DISTINCT id), min(id), max(id) FROM " + table))
                .containsExactly("9998|9998|1|10000");
        assertThat(database.query("SELECT count(*) FROM " + table + " WHERE id IN (7001, 8001)"))
                .containsExactly("0");
        String rejected = Files.readString(rejects);
        assertThat(rejected)
                .contains("7002")
                .contains("8002")
                .contains("the record has 4 fields but the file has 3 columns")
                .contains("the record has 2 fields but the file has 3 columns");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void shortRowsLoadWithNullOnlyWhenAsked(String profile) throws Exception {
        String table = "short_" + profile;
        Path file = Files.writeString(directory.resolve("short.csv"), "id,name,amount\n1,a,1.5\n2,b\n3,c,2.5\n");

        assertThat(engines.load(profile, file, table)).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains("short.csv, line 3: the record has 2 fields but the file has 3 columns (2,b)")
                .contains("--fill-missing");
        assertThat(engines.exists(table)).isFalse();

        assertThat(engines.load(profile, file, table, "--fill-missing"))
                .as(engines.err())
                .isZero();
        assertThat(database.query("SELECT id, name, amount FROM " + table + " ORDER BY id"))
                .containsExactly("1|a|1.5", "2|b|null", "3|c|2.5");
    }

    /** 1,000 rows; row 101 (line 102) opens a quote that the next quote, 800 lines later, closes. */
    private Path strayQuoteFile() throws IOException {
        StringBuilder text = new StringBuilder("id,name,city\n");
        for (int i = 1; i <= 1_000; i++) {
            if (i == 101) {
                text.append("101,\"O Brien,Cork\n");
            } else if (i == 901) {
                text.append("901,\"Smith, J\",Leeds\n");
            } else {
                text.append(i).append(",n").append(i).append(",Paris\n");
            }
        }
        return Files.writeString(directory.resolve("stray.csv"), text.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aStrayQuoteIsRefusedWithTheLinesWhereItOpensAndClosesAndNothingChanges(String profile) throws Exception {
        String table = "stray_" + profile;

        int exit = engines.load(profile, strayQuoteFile(), table);

        // the file cannot be read as it is: found while scanning it for types, before anything is sent
        assertThat(exit).as(engines.err()).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(engines.err())
                .contains("stray.csv, line 102, column 2: a quote opened here closes only at line 902")
                .contains("799 of them look like records of their own (line 103: 102,n102,Paris)")
                .contains("A stray quote probably swallowed them");
        assertThat(engines.exists(table)).isFalse();

        exit = engines.load(profile, strayQuoteFile(), table, "--multiline-values");

        assertThat(exit)
                .as("the swallowed record still has the wrong number of fields: " + engines.err())
                .isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err()).contains("stray.csv, line 102: the record has 4 fields but the file has 3 columns");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void realMultiLineValuesStillLoadExactly(String profile) throws Exception {
        String table = "addresses_" + profile;
        String note = "Call first, then knock.\nBack door, not the front,\nafter 5 pm.\n2nd floor, flat 3";
        String address = "12 Main St\nApt 4, Springfield\nIL 62704";
        StringBuilder text = new StringBuilder("id,address,note\n");
        for (int i = 1; i <= 50; i++) {
            text.append(i)
                    .append(",\"")
                    .append(address)
                    .append("\",\"")
                    .append(note)
                    .append("\"\n");
        }
        Path file = Files.writeString(directory.resolve("addresses.csv"), text.toString());

        int exit = engines.load(profile, file, table);

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT count(*) FROM " + table + " WHERE address = '" + address.replace("'", "''")
                        + "' AND note = '" + note + "'"))
                .containsExactly("50");
    }
}
