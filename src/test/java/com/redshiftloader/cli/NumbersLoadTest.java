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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers through the whole command on the three test profiles (the Redshift driver and the stand-in's INSERT
 * path; engine=postgres's COPY path; S3 staging + COPY): the type inference chooses holds every value that chose it, a number outside DOUBLE
 * PRECISION's range is a bad value with its line (never Infinity or zero), and whole numbers leave room for the next
 * file.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class NumbersLoadTest {

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;
    private BothEngines engines;

    NumbersLoadTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        engines = new BothEngines(directory, standIn, database);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text);
    }

    /** Loads the file into a new table and checks the column's type and what landed, in id order. */
    private void loadsAs(String profile, String table, String text, String column, String type, String... rows)
            throws Exception {
        int exit = engines.load(profile, file(table + ".csv", text), table);

        assertThat(exit).as(engines.err()).isZero();
        assertThat(engines.columnType(table, column)).startsWith(type);
        assertThat(database.query("SELECT id, " + column + " FROM " + table + " ORDER BY id"))
                .containsExactly(rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aDecimalColumnOfZeroAndFractionsHoldsTheZero(String profile) throws Exception {
        String text = "id,ratio\n1,0\n2,0.5\n3,0.25\n4,-0.75\n";
        loadsAs(
                profile,
                "fractions_" + profile,
                text,
                "ratio",
                "numeric(3,2)",
                "1|0.00",
                "2|0.50",
                "3|0.25",
                "4|-0.75");
        text = "id,share\n1,0.5\n2,0\n3,0.1\n";
        loadsAs(profile, "tenths_" + profile, text, "share", "numeric(2,1)", "1|0.5", "2|0.0", "3|0.1");
    }

    @ParameterizedTest
    @CsvSource({
        "warehouse, 1e400, DOUBLE PRECISION",
        "local, 1e400, DOUBLE PRECISION",
        "warehouse, -1e400, DOUBLE PRECISION",
        "local, -1E400, DOUBLE PRECISION",
        "warehouse, 1e-400, DOUBLE PRECISION",
        "local, 1e-400, DOUBLE PRECISION",
        "warehouse, 1e39, REAL",
        "local, 1e39, REAL",
        "staged, 1e400, DOUBLE PRECISION",
        "staged, 1e39, REAL"
    })
    void aNumberOutsideItsTypesRangeIsRefusedWithItsLineAndNothingChanges(String profile, String value, String type)
            throws Exception {
        String table = "huge_" + profile + "_" + Math.abs((value + type).hashCode());
        Path file = file("huge.csv", "id,reading\n1,1.5\n2," + value + "\n3,2.5\n");

        int exit = engines.load(profile, file, table, "--type", "reading=" + type);

        assertThat(exit).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains("Line 3 of huge.csv, column reading: '" + value + "'")
                .contains(type)
                .contains("Nothing was loaded");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aColumnWithANumberNoDoubleHoldsIsTypedAsTextAndLandsAsWritten(String profile) throws Exception {
        String text = "id,reading\n1,1.5e3\n2,1e400\n3,2.5\n";
        loadsAs(profile, "huge_text_" + profile, text, "reading", "character varying", "1|1.5e3", "2|1e400", "3|2.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void smallWholeNumbersAreIntegerSoTheNextAppendWithBiggerIdsFits(String profile) throws Exception {
        String table = "orders_" + profile;
        Path first = file("orders1.csv", "order_id,qty\n1,2\n2,1\n3,5\n4,1\n5,3\n");
        Path next = file("orders2.csv", "order_id,qty\n40000,2\n2147483647,1\n");

        assertThat(engines.load(profile, first, table)).as(engines.err()).isZero();
        assertThat(engines.columnType(table, "order_id")).isEqualTo("integer");
        assertThat(engines.columnType(table, "qty")).isEqualTo("integer");

        assertThat(engines.load(profile, next, table)).as(engines.err()).isZero();
        assertThat(database.query("SELECT count(*), max(order_id) FROM " + table))
                .containsExactly("7|2147483647");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void wholeNumbersBeyondIntegerAreBigintAndAnOverrideStillChoosesSmallint(String profile) throws Exception {
        String table = "big_" + profile;
        Path file = file("big.csv", "id,code\n1,7\n2147483648,8\n");

        assertThat(engines.load(profile, file, table, "--type", "code=SMALLINT"))
                .as(engines.err())
                .isZero();

        assertThat(engines.columnType(table, "id")).isEqualTo("bigint");
        assertThat(engines.columnType(table, "code")).isEqualTo("smallint");
        assertThat(database.query("SELECT id, code FROM " + table + " ORDER BY id"))
                .containsExactly("1|7", "2147483648|8");
    }
}
