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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code load --date-format COLUMN=LAYOUT} through the whole command on the three test profiles (the Redshift
 * driver and the stand-in's INSERT path; engine=postgres's COPY path; S3 staging + COPY): a column in the given
 * layout lands as DATE or TIMESTAMP with its values, and a value outside the layout fails the load with its line,
 * column, value and layout, with nothing changed.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class DateFormatLoadTest {

    private static final String SHIPMENTS = "id,shipped\n1,Jun 12 1998\n2,jan 3 2024\n3,DEC 31 1999\n";

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;
    private BothEngines engines;

    DateFormatLoadTest(RedshiftStandIn standIn, TestDatabase database) {
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

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aMonthNameColumnInTheGivenLayoutLandsAsDate(String profile) throws Exception {
        String table = "shipments_" + profile;

        int exit =
                engines.load(profile, file("shipments.csv", SHIPMENTS), table, "--date-format", "shipped=MON DD YYYY");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(engines.columnType(table, "shipped")).isEqualTo("date");
        assertThat(database.query("SELECT id, shipped FROM " + table + " ORDER BY id"))
                .containsExactly("1|1998-06-12", "2|2024-01-03", "3|1999-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aTwelveHourLayoutGivenByTargetNameLandsAsTimestamp(String profile) throws Exception {
        String table = "pickups_" + profile;
        Path file = file("pickups.csv", "id,Picked Up\n1,03/31/03 06:45 PM\n2,01/02/24 12:05 am\n");

        int exit = engines.load(profile, file, table, "--date-format", "picked_up=MM/DD/YY HH12:MI AM");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(engines.columnType(table, "picked_up")).isEqualTo("timestamp without time zone");
        assertThat(database.query("SELECT id, picked_up FROM " + table + " ORDER BY id"))
                .containsExactly("1|2003-03-31 18:45:00", "2|2024-01-02 00:05:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aValueOutsideTheLayoutFailsWithItsLineColumnAndValueAndNothingChanges(String profile) throws Exception {
        String table = "late_" + profile;
        Path file = file("late.csv", SHIPMENTS + "4,1998-06-13\n5,Jun 14 1998\n");

        int exit = engines.load(profile, file, table, "--date-format", "shipped=MON DD YYYY");

        assertThat(exit).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains("Line 5 of late.csv, column shipped: '1998-06-13'")
                .contains("does not match MON DD YYYY")
                .contains("Nothing was loaded");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aCompactLayoutTakesEachPartAtItsFullWidthAndRefusesAShorterValue(String profile) throws Exception {
        String table = "compact_" + profile;
        Path file = file("compact.csv", "id,d\n1,20241101\n2,2024111\n");

        int exit = engines.load(profile, file, table, "--date-format", "d=YYYYMMDD");

        assertThat(exit).as(engines.err()).isEqualTo(LoadCommand.FAILED);
        assertThat(engines.err())
                .contains("Line 3 of compact.csv, column d: '2024111'")
                .contains("does not match YYYYMMDD")
                .contains("Nothing was loaded");
        assertThat(engines.exists(table)).isFalse();

        exit = engines.load(
                profile, file("compact.csv", "id,d\n1,20241101\n2,20240311\n"), table, "--date-format", "d=YYYYMMDD");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT id, d FROM " + table + " ORDER BY id"))
                .containsExactly("1|2024-11-01", "2|2024-03-11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aValueWithoutTheMonthNameIsARejectedRowAndTheRestLoads(String profile) throws Exception {
        String table = "nameless_" + profile;
        Path file = file("nameless.csv", "id,d\n1,15-Mar-2024\n2,15--2024\n3,01-june-2024\n");
        Path rejects = directory.resolve("nameless-" + profile + ".rejects.csv");

        int exit = engines.load(
                profile,
                file,
                table,
                "--date-format",
                "d=DD-MON-YYYY",
                "--max-errors",
                "1",
                "--rejects",
                rejects.toString());

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT id, d FROM " + table + " ORDER BY id"))
                .containsExactly("1|2024-03-15", "3|2024-06-01");
        assertThat(Files.readString(rejects)).contains("15--2024").contains("does not match DD-MON-YYYY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aLayoutColumnTypedAsTextLandsInAnExistingTimestampOrDateColumnReadInItsLayout(String profile)
            throws Exception {
        String table = "deliveries_" + profile;
        engines.execute("CREATE TABLE public." + table + " (id INTEGER, shipped TIMESTAMP, arrived DATE)");
        Path file = file("deliveries.csv", "id,shipped,arrived\n1,Jun 12 1998,31/03/2024\n2,jan 3 2024,13/01/2024\n");

        int exit = engines.load(
                profile,
                file,
                table,
                "--mode",
                "append",
                "--date-format",
                "shipped=MON DD YYYY",
                "--type",
                "shipped=VARCHAR(20)",
                "--type",
                "arrived=VARCHAR(20)");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT id, shipped, arrived FROM " + table + " ORDER BY id"))
                .containsExactly("1|1998-06-12 00:00:00|2024-03-31", "2|2024-01-03 00:00:00|2024-01-13");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aLayoutFollowsItsColumnWhenItTakesTheTablesSpelling(String profile) throws Exception {
        String table = "cased_" + profile;
        Files.writeString(
                directory.resolve(profile + "_cased.yaml"),
                Files.readString(directory.resolve(profile + ".yaml")) + "lower_case: false\n");
        engines.execute("CREATE TABLE public." + table + " (id INTEGER, orderdate DATE)");
        Path file = file("cased.csv", "id,OrderDate\n1,2024-03-04\n");

        int exit = engines.load(
                profile + "_cased", file, table, "--mode", "append", "--date-format", "OrderDate=YYYY-DD-MM");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT id, orderdate FROM " + table)).containsExactly("1|2024-04-03");
    }

    @Test
    void aTimestampOverrideReadsADateLayoutAtMidnight() throws Exception {
        int exit = engines.load(
                "local",
                file("shipments.csv", SHIPMENTS),
                "shipments_at",
                "--type",
                "shipped=TIMESTAMP",
                "--date-format",
                "shipped=mon dd yyyy");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(engines.columnType("shipments_at", "shipped")).isEqualTo("timestamp without time zone");
        assertThat(database.query("SELECT shipped FROM shipments_at WHERE id = 1"))
                .containsExactly("1998-06-12 00:00:00");
    }

    @Test
    void aDateFormatForAColumnTheFileDoesNotHaveIsRefusedNamingTheColumns() throws Exception {
        int exit = engines.load(
                "local", file("shipments.csv", SHIPMENTS), "shipments_x", "--date-format", "sent=MON DD YYYY");

        assertThat(exit).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(engines.err())
                .contains("sent, which is not a column of the file")
                .contains("id, shipped");
        assertThat(engines.exists("shipments_x")).isFalse();
    }

    @Test
    void aLayoutThatIsNotRedshiftSyntaxIsRefusedNamingThePart() throws Exception {
        int exit = engines.load(
                "local", file("shipments.csv", SHIPMENTS), "shipments_y", "--date-format", "shipped=MON DAY YYYY");

        assertThat(exit).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(engines.err())
                .contains("--date-format shipped=MON DAY YYYY")
                .contains("'DAY', which is not a Redshift date or time part")
                .contains("YYYY, YY, MM, MON");
        assertThat(engines.exists("shipments_y")).isFalse();
    }
}
