package com.redshiftloader.infra.load.pgcopy;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.count;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.rows;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.load.JdbcLoader;
import com.redshiftloader.infra.load.LoadFixture;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * engine=postgres sends a file's values as it writes them (checked, in binary) to COPY when that loads exactly what
 * converting would; anything read differently goes the converting way, with the same values in the table, or the
 * same error.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class PostgresBinaryCopyTest {

    private static final String NOT_BINARY = "cannot go to COPY as they are";

    @TempDir
    Path directory;

    private final TestDatabase database;
    private final JdbcLoader loader = LoadFixture.loader();

    PostgresBinaryCopyTest(TestDatabase database) {
        this.database = database;
    }

    private ConnectionProfile profile() {
        return TestProfiles.bind(TestProfiles.postgres(database));
    }

    private LoadFixture.Events load(LoadPlan plan) throws Exception {
        LoadFixture.Events events = new LoadFixture.Events();
        loader.load(plan, events);
        return events;
    }

    private static boolean binaryCopy(LoadFixture.Events events) {
        return events.sql().stream().anyMatch(sql -> sql.contains("FORMAT binary"))
                && events.logs().stream().noneMatch(line -> line.contains(NOT_BINARY));
    }

    private List<List<String>> table(String name) throws Exception {
        try (Connection connection = database.connect()) {
            return rows(connection, "SELECT * FROM " + name + " ORDER BY 1");
        }
    }

    @Test
    void aPlainFileGoesToCopyAsItIsAndEveryValueRoundTrips() throws Exception {
        Path file = write(
                directory,
                "plain.csv",
                "id,name,amount,at,ok,code\n"
                        + "1,\"O'Brien, \"\"Jr\"\"\",12.50,2024-02-29 23:59:59.123456,true,00042\n"
                        + "2,\"two, lines\",-0.5,2024-01-01T00:00,N,007\n"
                        + "3,C:\\temp\\new 😀 é,,2024-01-01,,\n");
        LoadFixture.Events events = load(plan(
                profile(),
                file,
                "plain",
                columns(
                        "id:INTEGER",
                        "name:VARCHAR(64)",
                        "amount:DECIMAL(10,2)",
                        "at:TIMESTAMP",
                        "ok:BOOLEAN",
                        "code:VARCHAR(8)"),
                LoadMode.APPEND));

        assertThat(binaryCopy(events)).as(events.logs().toString()).isTrue();
        assertThat(events.sql()).anyMatch(sql -> sql.endsWith("FROM STDIN WITH (FORMAT binary)"));
        assertThat(table("plain"))
                .containsExactly(
                        List.of("1", "O'Brien, \"Jr\"", "12.50", "2024-02-29 23:59:59.123456", "t", "00042"),
                        List.of("2", "two, lines", "-0.50", "2024-01-01 00:00:00", "f", "007"),
                        Arrays.asList("3", "C:\\temp\\new 😀 é", null, "2024-01-01 00:00:00", null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `id,name\\n1,""\\n2,b\\n`       | a quoted empty value
            `id,name\\n1,NA\\n2,b\\n`       | the null token NA
            `id,name\\n1,\\\\N\\n2,b\\n`    | the null token \\N
            `id,name\\n1,\\n\\n2,b\\n`      | a blank line
            `id,name\\n1,\\r\\n2,b\\n`      | mixed line endings
            """)
    void whatCopyReadsDifferentlyIsConvertedAndLoadsTheSameValues(String content, String reason) throws Exception {
        String text = content.replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\");
        Path file = write(directory, "different.csv", text);
        String table = "different_" + Math.abs(reason.hashCode());

        LoadFixture.Events events =
                load(plan(profile(), file, table, columns("id:INTEGER", "name:VARCHAR(8)"), LoadMode.APPEND));

        assertThat(events.logs()).anyMatch(line -> line.contains(NOT_BINARY) && line.contains(reason));
        List<List<String>> rows = table(table);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0)).isEqualTo("1");
        assertThat(rows.get(0).get(1)).isIn(null, " ");
        assertThat(rows.get(1)).containsExactly("2", "b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DECIMAL(5,2) | 1.005               | digits after the point
            VARCHAR(4)   | ééé                 | longer than VARCHAR(4)
            TIMESTAMP    | 2024-01-01 24:00:00 | not a valid timestamp
            BOOLEAN      | on                  | not a boolean
            DATE         | 2023-02-29          | not a valid date
            """)
    void valuesCopyWouldRoundOrStretchAreRefusedWithTheirLine(String type, String value, String problem)
            throws Exception {
        Path file = write(directory, "refused.csv", "id,v\n1,x\n".replace("x", firstValue(type)) + "2," + value + "\n");
        String table = "refused_" + type.replaceAll("\\W", "");

        assertThatThrownBy(
                        () -> load(plan(profile(), file, table, columns("id:INTEGER", "v:" + type), LoadMode.APPEND)))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("Line 3")
                .hasMessageContaining(problem);
        try (Connection connection = database.connect()) {
            assertThat(rows(connection, "SELECT to_regclass('public." + table + "')::text"))
                    .containsExactly(Arrays.asList((String) null));
        }
    }

    private static String firstValue(String type) {
        return switch (type) {
            case "DECIMAL(5,2)" -> "1.50";
            case "BOOLEAN" -> "true";
            case "TIMESTAMP" -> "2024-01-01 23:00:00";
            case "DATE" -> "2024-02-29";
            default -> "abc";
        };
    }

    @Test
    void gzipTabSeparatedCrlfFilesWithAByteOrderMarkGoToBinaryCopy() throws Exception {
        byte[] text = "\uFEFFid\tname\r\n1\ta,b\r\n2\t\"x\ty\"\r\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(text);
        }
        Path file = directory.resolve("tabs.tsv.gz");
        Files.write(file, gzipped.toByteArray());
        SourceSettings settings = SourceSettings.csv()
                .withFormat(SourceFormat.TSV)
                .withDialect(CsvDialect.rfc4180().withDelimiter('\t'))
                .withGzip(true)
                .withEncoding(StandardCharsets.UTF_8, true);
        LoadPlan plan = LoadFixture.withSettings(
                plan(profile(), file, "tabs", columns("id:INTEGER", "name:VARCHAR(8)"), LoadMode.APPEND), settings);

        LoadFixture.Events events = load(plan);

        assertThat(binaryCopy(events)).as(events.logs().toString()).isTrue();
        assertThat(table("tabs")).containsExactly(List.of("1", "a,b"), List.of("2", "x\ty"));
    }

    @Test
    void aDifferenceLateInTheFileUndoesTheCopyAndConvertsEverything() throws Exception {
        StringBuilder content = new StringBuilder("id,name\n");
        for (int i = 1; i <= 50_000; i++) {
            content.append(i).append(',').append(i == 40_000 ? "\"\"" : "n" + i).append('\n');
        }
        Path file = write(directory, "late.csv", content.toString());

        LoadFixture.Events events =
                load(plan(profile(), file, "late", columns("id:INTEGER", "name:VARCHAR(16)"), LoadMode.APPEND));

        assertThat(events.logs()).anyMatch(line -> line.contains(NOT_BINARY) && line.contains("line 40001"));
        try (Connection connection = database.connect()) {
            assertThat(count(connection, "late")).isEqualTo(50_000);
            assertThat(rows(connection, "SELECT name FROM late WHERE id = 40000"))
                    .containsExactly(Arrays.asList((String) null));
            assertThat(rows(connection, "SELECT name FROM late WHERE id = 49999"))
                    .containsExactly(List.of("n49999"));
        }
    }

    @Test
    void anExistingTextColumnForATypedFileColumnGetsTheFilesText() throws Exception {
        try (Connection connection = database.connect()) {
            LoadFixture.execute(connection, "CREATE TABLE texts (id INTEGER, at VARCHAR(40))");
        }
        Path file = write(directory, "texts.csv", "id,at\n1,2024-01-01T10:00:00\n");

        LoadFixture.Events events =
                load(plan(profile(), file, "texts", columns("id:INTEGER", "at:TIMESTAMP"), LoadMode.APPEND));

        assertThat(binaryCopy(events)).as(events.logs().toString()).isTrue();
        assertThat(table("texts")).containsExactly(List.of("1", "2024-01-01T10:00:00"));
    }

    @Test
    void anEmptyLastFieldAtTheEndOfTheFileIsNullNotTheFieldBeforeIt() throws Exception {
        Path file = write(directory, "ends_open.csv", "id,code,n\n1,x,2\n3,44,");

        LoadFixture.Events events = load(plan(
                profile(), file, "ends_open", columns("id:INTEGER", "code:VARCHAR(8)", "n:INTEGER"), LoadMode.APPEND));

        assertThat(events.sql()).as(events.logs().toString()).anyMatch(sql -> sql.contains("FORMAT binary"));
        assertThat(table("ends_open")).containsExactly(List.of("1", "x", "2"), Arrays.asList("3", "44", null));
    }

    @Test
    void valuesAreEncodedForTheExistingTablesOwnTypes() throws Exception {
        try (Connection connection = database.connect()) {
            LoadFixture.execute(
                    connection, "CREATE TABLE counts (id INTEGER, n BIGINT, total NUMERIC(14,4), code CHAR(6))");
        }
        Path file = write(directory, "counts.csv", "id,n,total,code\n1,2147483647,12.5,007\n2,-7,0.125,\n");

        LoadFixture.Events events = load(plan(
                profile(),
                file,
                "counts",
                columns("id:INTEGER", "n:INTEGER", "total:DECIMAL(8,3)", "code:VARCHAR(6)"),
                LoadMode.APPEND));

        assertThat(events.sql()).as(events.logs().toString()).anyMatch(sql -> sql.contains("FORMAT binary"));
        assertThat(table("counts"))
                .containsExactly(
                        List.of("1", "2147483647", "12.5000", "007   "), Arrays.asList("2", "-7", "0.1250", null));
    }

    @Test
    void anExistingColumnOfAnotherTypeFamilyIsLoadedByConverting() throws Exception {
        try (Connection connection = database.connect()) {
            LoadFixture.execute(connection, "CREATE TABLE stamps (id INTEGER, at TIMESTAMP)");
        }
        Path file = write(directory, "stamps.csv", "id,at\n1,2024-01-01\n");

        LoadFixture.Events events =
                load(plan(profile(), file, "stamps", columns("id:INTEGER", "at:DATE"), LoadMode.APPEND));

        assertThat(events.logs()).anyMatch(line -> line.contains("the table's columns have other types"));
        assertThat(table("stamps")).containsExactly(List.of("1", "2024-01-01 00:00:00"));
    }

    @Test
    void timestampsWithAnOffsetGoToBinaryCopyAndWithoutOneAreUtcWhateverTheSessionsZone() throws Exception {
        Path offsets = write(directory, "offsets.csv", "id,at\n1,2024-06-01 10:00:00Z\n2,2024-06-01 10:00:00+02:00\n");
        Path local = write(directory, "local.csv", "id,at\n1,2024-06-01 10:00:00\n2,2024-06-01 10:00:00+02:00\n");
        TimeZone saved = TimeZone.getDefault();
        LoadFixture.Events withOffsets;
        LoadFixture.Events withoutOne;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            withOffsets =
                    load(plan(profile(), offsets, "offsets", columns("id:INTEGER", "at:TIMESTAMPTZ"), LoadMode.APPEND));
            withoutOne =
                    load(plan(profile(), local, "local", columns("id:INTEGER", "at:TIMESTAMPTZ"), LoadMode.APPEND));
        } finally {
            TimeZone.setDefault(saved);
        }

        assertThat(binaryCopy(withOffsets)).as(withOffsets.logs().toString()).isTrue();
        assertThat(withoutOne.logs()).anyMatch(line -> line.contains(NOT_BINARY) && line.contains("no zone offset"));
        try (Connection connection = database.connect()) {
            for (String table : List.of("offsets", "local")) {
                assertThat(rows(
                                connection,
                                "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM " + table
                                        + " ORDER BY id"))
                        .containsExactly(List.of("2024-06-01 10:00"), List.of("2024-06-01 08:00"));
            }
        }
    }
}
