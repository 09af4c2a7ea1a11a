package com.redshiftloader.infra.load.s3copy;

import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.column;
import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.redshift.CopyCredentials;
import com.redshiftloader.testinfra.redshift.CopyRequest;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The real path: records → gzip CSV parts → local S3 → manifest → COPY through the Redshift driver and stand-in. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class S3CopyStageFillerTest {

    private static final String NULL = "∅";
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final List<String> HOSTILE = List.of(
            "plain",
            "say \"hi\", then leave",
            "comma, inside",
            "line one\nline two\nline three",
            "back\\slash and \\N and \\\\",
            "\\N",
            "emoji 😀🎉 and 👩‍👩‍👧",
            "Zoë Ünïcödé 中文 عربي",
            "  spaces around  ",
            "tab\there",
            "'single' quotes",
            "ends with backslash\\",
            "\"",
            "\"\"",
            ",",
            "null",
            "long " + "x".repeat(20_000));

    private final RedshiftStandIn standIn;
    private String bucket;

    @TempDir
    Path dir;

    S3CopyStageFillerTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @BeforeEach
    void pointTheSdkAtTheLocalS3() {
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
        bucket = S3Server.get().createBucket("stage");
    }

    @AfterEach
    void clearEndpoint() {
        System.clearProperty("aws.endpointUrlS3");
    }

    @Test
    void hostileValuesArriveByteForByteFromSeveralPartsWithTheRoleAndNoSecretInTheLog() throws Exception {
        Path file = dir.resolve("hostile.csv");
        List<String> expected = writeHostileCsv(file, 5_000);
        List<ColumnSpec> columns = List.of(
                column(0, "id", ScalarType.INTEGER),
                column(5, "note", varchar()),
                column(2, "text", varchar()),
                column(1, "code", varchar()),
                column(3, "amount", new RedshiftType.Decimal(12, 2)),
                column(4, "at", ScalarType.TIMESTAMPTZ));
        LoadPlan plan = S3CopyFixture.plan(
                S3CopyFixture.profile(standIn, bucket),
                file,
                SourceSettings.csv().withNullTokens(Set.of("NULL")),
                columns);
        S3CopyFixture.Events events = new S3CopyFixture.Events();
        try (Connection connection = standIn.connect()) {
            S3CopyFixture.createStage(
                    connection,
                    "hostile_target",
                    "hostile_stage",
                    "id INTEGER, note VARCHAR(65535),"
                            + " text VARCHAR(65535), code VARCHAR(65535), amount DECIMAL(12,2), at TIMESTAMPTZ");
            long rows = filler().fill(connection, FillTable.stage("hostile_stage"), RowSource.of(plan), events);

            assertThat(rows).isEqualTo(5_000);
            assertThat(stageRows(connection)).containsExactlyElementsOf(expected);
        }
        CopyRequest copy = standIn.copies().getLast();
        assertThat(copy.credentials()).isEqualTo(new CopyCredentials.IamRole(S3CopyFixture.ROLE));
        assertThat(copy.statement().options().manifest()).isTrue();
        assertThat(copy.statement().options().emptyAsNull()).isFalse();
        assertThat(copy.statement().options().nullAs()).contains("\\N");
        assertThat(copy.statement().columns()).last().isEqualTo("\"__source_line\"");
        assertThat(events.logs()).anyMatch(l -> l.matches("Staged ([2-9]|\\d\\d+) parts.*"));
        assertThat(events.logs()).noneMatch(l -> l.contains(S3Server.SECRET_KEY));
        assertThat(events.phases())
                .containsExactly(LoadPhase.STAGING, LoadPhase.UPLOADING, LoadPhase.COPYING, LoadPhase.CLEANING_UP);
        assertThat(S3CopyFixture.listKeys(bucket, S3CopyFixture.PREFIX)).isEmpty();
    }

    @Test
    void windows1252SourceIsTranscodedToUtf8() throws Exception {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "id,name\n1,café crème\n2,€ 5 – naïve\n".getBytes(Charset.forName("windows-1252")));
        SourceSettings settings = SourceSettings.csv().withEncoding(Charset.forName("windows-1252"), false);

        assertThat(loadTwoColumns(file, settings, "latin")).containsExactly("1|café crème|2", "2|€ 5 – naïve|3");
    }

    @Test
    void gzipSourceWithABomIsReadAndTheBomStripped() throws Exception {
        Path file = dir.resolve("bom.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write("id,name\n1,Ærø\n2,\"x\ny\"\n3,z\n".getBytes(StandardCharsets.UTF_8));
        }
        SourceSettings settings = SourceSettings.csv().withGzip(true).withEncoding(StandardCharsets.UTF_8, true);

        assertThat(loadTwoColumns(file, settings, "gz")).containsExactly("1|Ærø|2", "2|x\ny|3", "3|z|5");
    }

    @Test
    void dryRunChecksTheFilesWithNoloadAndLeavesTheStageEmpty() throws Exception {
        Path file = dir.resolve("dry.csv");
        Files.writeString(file, "id,name\n1,a\n2,b\n");
        LoadPlan wet =
                S3CopyFixture.plan(S3CopyFixture.profile(standIn, bucket), file, SourceSettings.csv(), twoColumns());
        LoadPlan dry = new LoadPlan(
                wet.profile(),
                file,
                wet.settings(),
                wet.columns(),
                wet.target(),
                wet.mode(),
                wet.mergeKeys(),
                wet.path(),
                0,
                Optional.empty(),
                true,
                TableOptions.NONE);
        try (Connection connection = standIn.connect()) {
            S3CopyFixture.createStage(connection, "dry_target", "dry_stage", "id INTEGER, name VARCHAR(100)");
            filler().fill(connection, FillTable.stage("dry_stage"), RowSource.of(dry), event -> {});
            assertThat(count(connection, "dry_stage")).isZero();
        }
        assertThat(standIn.copies().getLast().statement().options().noLoad()).isTrue();
    }

    @Test
    void withAKnownSliceCountThePartsAreAMultipleOfIt() throws Exception {
        Path file = dir.resolve("sliced.csv");
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int id = 1; id <= 20_000; id++) {
            csv.append(id).append(",name ").append(id).append('\n');
        }
        Files.writeString(file, csv);
        LoadPlan plan =
                S3CopyFixture.plan(S3CopyFixture.profile(standIn, bucket), file, SourceSettings.csv(), twoColumns());
        List<String> log = new ArrayList<>();
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            // what Redshift's STV_SLICES says of a 3-slice cluster
            statement.execute("CREATE TEMP TABLE stv_slices (node INTEGER, slice INTEGER)");
            statement.execute("INSERT INTO stv_slices VALUES (0, 0), (0, 1), (1, 2)");
            S3CopyFixture.createStage(connection, "sliced_target", "sliced_stage", "id INTEGER, name VARCHAR(100)");
            long rows = filler().fill(connection, FillTable.stage("sliced_stage"), RowSource.of(plan), event -> {
                if (event instanceof LoadEvent.Log line) {
                    log.add(line.message());
                }
            });
            assertThat(rows).isEqualTo(20_000);
            assertThat(count(connection, "sliced_stage")).isEqualTo(20_000);
        }
        String staged = log.stream()
                .filter(line -> line.startsWith("Staged "))
                .findFirst()
                .orElseThrow();
        int parts = Integer.parseInt(staged.split(" ")[1]);
        assertThat(log)
                .anyMatch(line -> line.equals(
                        "Cutting the file into " + parts + " parts, a multiple of the" + " cluster's 3 slices"));
        assertThat(parts % 3).as(staged).isZero();
    }

    private List<String> loadTwoColumns(Path file, SourceSettings settings, String name) throws Exception {
        LoadPlan plan = S3CopyFixture.plan(S3CopyFixture.profile(standIn, bucket), file, settings, twoColumns());
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            S3CopyFixture.createStage(connection, name + "_target", name + "_stage", "id INTEGER, name VARCHAR(100)");
            filler().fill(connection, FillTable.stage(name + "_stage"), RowSource.of(plan), event -> {});
            List<String> rows = new ArrayList<>();
            try (ResultSet rs =
                    statement.executeQuery("SELECT id, name, __source_line FROM " + name + "_stage ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getLong(3));
                }
            }
            return rows;
        }
    }

    private static List<ColumnSpec> twoColumns() {
        return List.of(column(0, "id", ScalarType.INTEGER), column(1, "name", new RedshiftType.Varchar(100)));
    }

    private static S3CopyStageFiller filler() {
        return new S3CopyStageFiller(S3CopyFixture.smallParts(), name -> Optional.empty());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> stageRows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, note, text, code, amount::text,"
                        + " EXTRACT(EPOCH FROM at)::bigint, __source_line FROM hostile_stage ORDER BY __source_line")) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 7; i++) {
                    values.add(Optional.ofNullable(rs.getString(i)).orElse(NULL));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    /** Writes the file (every value quoted, NULL unquoted) and returns the rows the stage must hold. */
    private static List<String> writeHostileCsv(Path file, int count) throws IOException {
        StringBuilder csv = new StringBuilder("id,code,text,amount,at,note\n");
        List<String> expected = new ArrayList<>();
        long line = 2;
        for (int i = 1; i <= count; i++) {
            String code = String.format("%05d", i % 1000);
            String text = HOSTILE.get(i % HOSTILE.size()) + " #" + i;
            String amount = i % 7 == 0 ? null : (i % 2 == 0 ? "-" : "") + (i * 37 % 100_000) + "." + (10 + i % 90);
            OffsetDateTime at = i % 11 == 0
                    ? null
                    : OffsetDateTime.parse("2024-03-10T02:30:00+05:30").plusMinutes(i * 17L);
            String note = i % 3 == 0 ? null : i % 3 == 1 ? "" : "n" + i;
            List<String> fields = new ArrayList<>();
            fields.add(String.valueOf(i));
            fields.add(code);
            fields.add(text);
            fields.add(amount);
            fields.add(at == null ? null : at.format(ZONED));
            fields.add(note);
            csv.append(String.join(
                            ",",
                            fields.stream().map(S3CopyStageFillerTest::csvField).toList()))
                    .append('\n');
            expected.add(String.join(
                    "|",
                    List.of(
                            String.valueOf(i),
                            note == null ? NULL : note,
                            text,
                            code,
                            amount == null ? NULL : amount,
                            at == null ? NULL : String.valueOf(at.toEpochSecond()),
                            String.valueOf(line))));
            line += 1 + text.chars().filter(c -> c == '\n').count();
        }
        Files.writeString(file, csv);
        return expected;
    }

    private static String csvField(String value) {
        return value == null ? "NULL" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
