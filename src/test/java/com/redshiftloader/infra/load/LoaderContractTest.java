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
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.files.SourceReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every load path must do, run against each engine: through the Redshift stand-in with the real Redshift
 * driver (multi-row INSERT), and straight to PostgreSQL (COPY FROM STDIN).
 */
abstract class LoaderContractTest {

    @TempDir
    Path directory;

    final JdbcLoader loader = LoadFixture.loader();

    abstract ConnectionProfile profile();

    /** A direct connection to the database, for setting up and checking tables. */
    abstract Connection connect() throws SQLException;

    LoadReport load(LoadPlan plan) throws Exception {
        return loader.load(plan, new LoadFixture.Events());
    }

    @Test
    void appendRoundTripsHostileStringsUnicodeAndLeadingZerosByteForByte() throws Exception {
        String big = "é".repeat(32_767) + "x"; // 65,535 UTF-8 bytes
        String csv = "code,text\n"
                + "007,\"it's \"\"quoted\"\"\"\n"
                + "0042,back\\slash \\N \\\\ end\\\n"
                + "00,\"line one\r\nline two\rthree\nfour\"\n"
                + "1,emoji 😀👍🏽 and Zürich 東京\n"
                + "2,\"  spaces kept  \"\n"
                + "3,\"a,b;c\t'\"\n"
                + "4," + big + "\n"
                + "5,\"\"\n";
        Path file = write(directory, "hostile.csv", csv);
        LoadReport report = load(
                plan(profile(), file, "hostile", columns("code:VARCHAR(4)", "text:VARCHAR(65535)"), LoadMode.APPEND));

        assertThat(report.rowsInserted()).isEqualTo(8);
        List<List<String>> expected = new ArrayList<>();
        try (RecordReader reader = SourceReaders.open(file, SourceSettings.csv())) {
            Optional<SourceRecord> next;
            while ((next = reader.next()).isPresent()) {
                List<String> fields = Arrays.asList(next.get().fields());
                expected.add(fields.stream()
                        .map(f ->
                                f == null || new NullTokens(SourceSettings.csv().nullTokens()).matches(f) ? null : f)
                        .toList());
            }
        }
        try (Connection connection = connect()) {
            List<List<String>> loaded = rows(connection, "SELECT code, text FROM hostile ORDER BY code, text");
            assertThat(loaded).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(rows(connection, "SELECT octet_length(text) FROM hostile WHERE code = '4'"))
                    .containsExactly(List.of("65535"));
            assertThat(rows(connection, "SELECT text FROM hostile WHERE code = '00'")
                            .getFirst()
                            .getFirst())
                    .isEqualTo("line one\r\nline two\rthree\nfour");
        }
        assertThat(expected).hasSize(8);
    }

    @Test
    void decimalPrecisionAndTimeZonesArePreserved() throws Exception {
        Path file = write(
                directory,
                "exact.csv",
                "amount,at,local,day\n"
                        + "12345678901234567890.1234567891,2024-03-31 01:30:00+05:30,2024-03-31 01:30:00.123456,2024-02-29\n"
                        + "-0.0000000001,2024-10-27T02:59:59Z,1999-12-31T23:59:59,1900-01-01\n");
        load(plan(
                profile(),
                file,
                "exact",
                columns("amount:DECIMAL(38,10)", "at:TIMESTAMPTZ", "local:TIMESTAMP", "day:DATE"),
                LoadMode.APPEND));

        try (Connection connection = connect()) {
            assertThat(rows(
                            connection,
                            "SELECT amount::text, (at AT TIME ZONE 'UTC')::text, local::text, day::text"
                                    + " FROM exact ORDER BY amount DESC"))
                    .containsExactly(
                            List.of(
                                    "12345678901234567890.1234567891", "2024-03-30 20:00:00",
                                    "2024-03-31 01:30:00.123456", "2024-02-29"),
                            List.of("-0.0000000001", "2024-10-27 02:59:59", "1999-12-31 23:59:59", "1900-01-01"));
        }
    }

    @Test
    void mergeKeepsTheLastRowOfEachKeyAndCountsInsertedAndUpdated() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE merged (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO merged VALUES (1, 'one'), (2, 'two')");
        }
        Path file = write(directory, "merge.csv", "id,name\n2,first\n3,three\n2,second\n3,third\n4,four\n");
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
    void mergeRefusesNullKeysAndChangesNothing() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE nullkeys (id INTEGER, name VARCHAR(10))",
                    "INSERT INTO nullkeys VALUES (1, 'one')");
        }
        Path file = write(directory, "nulls.csv", "id,name\n1,uno\n,x\nNULL,y\n5,five\n");
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
    void mergeKeysMustBeColumnsOfTheFile() throws Exception {
        Path file = write(directory, "keys.csv", "id\n1\n");
        assertThatThrownBy(() ->
                        load(plan(profile(), file, "keyed", columns("id:INTEGER"), LoadMode.MERGE, List.of("code"))))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("The merge key code is not one of the columns loaded (id)");
    }

    @Test
    void replaceThatFailsAfterTheDeleteLeavesTheOldRows() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE replaced (id INTEGER, qty INTEGER CHECK (qty >= 0))",
                    "INSERT INTO replaced VALUES (1, 10), (2, 20)");
        }
        // The stage has no CHECK constraint: the failure comes in INSERT … SELECT, after the DELETE ran.
        Path file = write(directory, "replace.csv", "id,qty\n7,1\n8,-1\n");
        Events events = new Events();
        assertThatThrownBy(() -> loader.load(
                        plan(profile(), file, "replaced", columns("id:INTEGER", "qty:INTEGER"), LoadMode.REPLACE),
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
    void appendWritesTheRowsOnceStraightIntoTheTargetEvenWithOneNullableColumn() throws Exception {
        Path file = write(directory, "single.csv", "note\nNULL\nx\n\"a,b\"\n");
        Events events = new Events();
        loader.load(plan(profile(), file, "single", columns("note:VARCHAR(16)"), LoadMode.APPEND), events);
        assertThat(events.sql()).noneMatch(sql -> sql.contains("__stage_"));
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT coalesce(note, '<null>') FROM single"))
                    .containsExactlyInAnyOrder(List.of("<null>"), List.of("x"), List.of("a,b"));
        }
    }

    private LoadPlan snug(String name, String csv) throws Exception {
        return plan(profile(), write(directory, name, csv), "snug", columns("code:VARCHAR(16)"), LoadMode.APPEND);
    }

    @Test
    void replaceAndTruncateSwapTheRowsWithoutTruncate() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE swapped (id INTEGER)", "INSERT INTO swapped VALUES (1), (2), (3)");
        }
        for (LoadMode mode : List.of(LoadMode.TRUNCATE, LoadMode.REPLACE)) {
            Path file = write(directory, mode + ".csv", "id\n" + (mode.ordinal() * 10) + "\n");
            Events events = new Events();
            loader.load(plan(profile(), file, "swapped", columns("id:INTEGER"), mode), events);
            assertThat(events.sql()).noneMatch(sql -> sql.toUpperCase().startsWith("TRUNCATE"));
            try (Connection connection = connect()) {
                assertThat(rows(connection, "SELECT id FROM swapped"))
                        .containsExactly(List.of(String.valueOf(mode.ordinal() * 10)));
            }
        }
    }

    @Test
    void newFileColumnsAreAddedOneAlterEachAndMissingOnesLoadAsNull() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE evolved (\"ID\" INTEGER, name VARCHAR(20), note VARCHAR(5))",
                    "INSERT INTO evolved VALUES (1, 'old', 'n')");
        }
        Path file = write(directory, "evolve.csv", "id,name,city,zip\n2,new,Paris,01234\n");
        Events events = new Events();
        loader.load(
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
    void conflictsAreReportedBeforeAnyRowIsSent() throws Exception {
        try (Connection connection = connect()) {
            execute(
                    connection,
                    "CREATE TABLE conflicted (id INTEGER, code VARCHAR(5))",
                    "INSERT INTO conflicted VALUES (1, 'a')");
        }
        Path file = write(directory, "conflict.csv", "id,code\nA-1,abcdefghij\n");
        Events events = new Events();
        assertThatThrownBy(() -> loader.load(
                        plan(
                                profile(),
                                file,
                                "conflicted",
                                columns("id:VARCHAR(3)", "code:VARCHAR(10)"),
                                LoadMode.APPEND),
                        events))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("Column id (INTEGER in public.conflicted): none of the file's values fits;"
                        + " the first, on line 2, is 'A-1'")
                .hasMessageContaining("Column code (VARCHAR(5) in public.conflicted): none of the file's values fits;"
                        + " the first, on line 2, is 'abcdefghij'")
                .satisfies(e -> assertThat(((LoadException) e).fix())
                        .contains("widen")
                        .contains("--type")
                        .contains("leave the column out"));
        assertThat(events.sql()).noneMatch(sql -> sql.contains("INSERT") || sql.contains("COPY"));
        try (Connection connection = connect()) {
            assertThat(count(connection, "conflicted")).isOne();
        }
    }

    @Test
    void aNarrowerTextColumnThatHoldsEveryValueIsLoadedAndStillChecked() throws Exception {
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

    @Test
    void superValuesGoThroughJsonParsing() throws Exception {
        Path file = write(directory, "json.csv", "id,payload\n1,\"{\"\"a\"\": [1, 2], \"\"b\"\": \"\"x\"\"}\"\n2,\n");
        load(plan(profile(), file, "documents", columns("id:INTEGER", "payload:SUPER"), LoadMode.APPEND));
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id, payload::text FROM documents ORDER BY id"))
                    .containsExactly(List.of("1", "{\"a\": [1, 2], \"b\": \"x\"}"), Arrays.asList("2", null));
            assertThat(rows(connection, "SELECT payload -> 'a' ->> 1 FROM documents WHERE id = 1"))
                    .containsExactly(List.of("2"));
        }
    }

    @Test
    void jsonLinesWithNestedValuesLoadIntoSuperColumns() throws Exception {
        Path file = write(
                directory,
                "events.jsonl",
                "{\"id\": 1, \"tags\": [\"a\", \"b\"], \"meta\": {\"k\": \"v \\\"q\\\"\"}, \"name\": \"x\"}\n"
                        + "{\"id\": 2, \"name\": null}\n");
        LoadPlan csvPlan = plan(
                profile(),
                file,
                "events_json",
                columns("id:INTEGER", "tags:SUPER", "meta:SUPER", "name:VARCHAR(5)"),
                LoadMode.APPEND);
        LoadPlan plan = new LoadPlan(
                csvPlan.profile(),
                file,
                SourceSettings.csv().withFormat(SourceFormat.JSONL),
                csvPlan.columns(),
                csvPlan.target(),
                csvPlan.mode(),
                List.of(),
                csvPlan.path(),
                0,
                Optional.empty(),
                false);
        load(plan);
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id, tags::text, meta ->> 'k', name FROM events_json ORDER BY id"))
                    .containsExactly(
                            List.of("1", "[\"a\", \"b\"]", "v \"q\"", "x"), Arrays.asList("2", null, null, null));
        }
    }

    @Test
    void aBadValueAtLine50000Of100000LoadsNothingAndNamesTheLine() throws Exception {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int line = 2; line <= 100_001; line++) {
            csv.append(line == 50_000 ? "oops" : String.valueOf(line))
                    .append(",row ")
                    .append(line)
                    .append('\n');
        }
        Path file = write(directory, "big.csv", csv.toString());
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
    void aRowTheDatabaseRefusesIsNamedByItsLine() throws Exception {
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
        Path file = write(directory, "refused.csv", csv.toString());
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
    void rowsThatFailConversionGoToTheRejectsFileWithinTheBudget() throws Exception {
        Path file = write(directory, "budget.csv", "id,day\n1,2024-01-01\nx,2024-01-02\n3,not a day\n4,2024-01-04\n");
        Path rejects = directory.resolve("rejects.csv");
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

        LoadPlan tight = LoadFixture.withBudget(plan, 1, directory.resolve("rejects2.csv"));
        assertThatThrownBy(() -> load(tight))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("more than 1 row was rejected, so nothing was loaded.");
        try (Connection connection = connect()) {
            assertThat(count(connection, "budgeted")).isEqualTo(2);
        }
    }

    @Test
    void rowsTheDatabaseRefusesGoToTheRejectsFileWithinTheBudget() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE guarded (id INTEGER, name VARCHAR(10) NOT NULL)");
        }
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int line = 2; line <= 3_000; line++) {
            csv.append(line)
                    .append(',')
                    .append(line == 700 || line == 2_500 ? "" : "n" + line)
                    .append('\n');
        }
        Path file = write(directory, "guarded.csv", csv.toString());
        Path rejects = directory.resolve("guarded-rejects.csv");
        LoadPlan plan = LoadFixture.withBudget(
                plan(profile(), file, "guarded", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.APPEND),
                2,
                rejects);
        Events events = new Events();

        LoadReport report = loader.load(plan, events);

        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(report.rowsInserted()).isEqualTo(2_997);
        assertThat(Files.readAllLines(rejects, StandardCharsets.UTF_8))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("700,").contains("refused the row"))
                .anySatisfy(line -> assertThat(line).startsWith("2500,").contains("refused the row"));
        try (Connection connection = connect()) {
            assertThat(count(connection, "guarded")).isEqualTo(2_997);
        }

        LoadPlan tight = LoadFixture.withBudget(plan, 1, directory.resolve("guarded-rejects2.csv"));
        assertThatThrownBy(() -> load(tight)).isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.line())
                .hasValue(2_500));

        // a value that does not convert plus the two refused rows: the third rejected row spends a budget of two
        Path mixed = write(directory, "guarded-mixed.csv", csv.toString().replace("\n3,n3\n", "\nthree,n3\n"));
        LoadPlan spent = LoadFixture.withBudget(
                plan(profile(), mixed, "guarded", columns("id:INTEGER", "name:VARCHAR(10)"), LoadMode.APPEND),
                2,
                directory.resolve("guarded-rejects3.csv"));
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

    @Test
    void aSerializationConflictRollsBackAndTheLoadRunsAgain() throws Exception {
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
        Path file = write(directory, "contested.csv", "id\n1\n2\n3\n");
        Events events = new Events();

        LoadReport report =
                loader.load(plan(profile(), file, "contested", columns("id:INTEGER"), LoadMode.APPEND), events);

        assertThat(report.rowsInserted()).isEqualTo(3);
        assertThat(events.logs()).anyMatch(line -> line.contains("Another transaction conflicted with the load"));
        try (Connection connection = connect()) {
            assertThat(count(connection, "contested")).isEqualTo(3);
        }
    }

    @Test
    void cancellingMidLoadRollsBackAndThrowsInterrupted() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE cancelled (id INTEGER)", "INSERT INTO cancelled VALUES (1)");
        }
        StringBuilder csv = new StringBuilder("id\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append('\n');
        }
        Path file = write(directory, "cancel.csv", csv.toString());
        AtomicBoolean interrupted = new AtomicBoolean();
        assertThatThrownBy(() -> loader.load(
                        plan(profile(), file, "cancelled", columns("id:INTEGER"), LoadMode.REPLACE), event -> {
                            if (event instanceof LoadEvent.Progress && interrupted.compareAndSet(false, true)) {
                                Thread.currentThread().interrupt(); // what the GUI's Cancel does to the loading thread
                            }
                        }))
                .isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id FROM cancelled")).containsExactly(List.of("1"));
        }
    }

    @Test
    void veryWideRowsStayWithinTheParameterLimit() throws Exception {
        int width = 1_500;
        String[] definitions = new String[width];
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < width; c++) {
            definitions[c] = "c" + c + ":INTEGER";
            header.append(c == 0 ? "" : ",").append("c").append(c);
        }
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < width; c++) {
                csv.append(c == 0 ? "" : ",").append(r);
            }
            csv.append('\n');
        }
        Path file = write(directory, "wide.csv", csv.toString());
        LoadReport report = load(plan(profile(), file, "wide", columns(definitions), LoadMode.APPEND));

        assertThat(report.rowsInserted()).isEqualTo(100);
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT SUM(c0), SUM(c1499) FROM wide"))
                    .containsExactly(List.of("4950", "4950"));
        }
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndChangesNothing() throws Exception {
        Path file = write(directory, "dry.csv", "id\n1\n2\n");
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
    void failIfExistsRefusesAnExistingTable() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE existing (id INTEGER)");
        }
        Path file = write(directory, "exists.csv", "id\n1\n");
        assertThatThrownBy(
                        () -> load(plan(profile(), file, "existing", columns("id:INTEGER"), LoadMode.FAIL_IF_EXISTS)))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("exists, and the mode is fail_if_exists");
    }

    /** Shortcut for the event collector. */
    static final class Events extends LoadFixture.Events {}
}
