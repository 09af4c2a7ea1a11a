package com.redshiftloader.infra.load.s3copy;

import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.column;
import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.aws.StagedUploads;
import com.redshiftloader.infra.aws.UploadLimits;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The Redshift path of error reporting: this class's database gets an {@code stl_load_errors} table and a
 * {@code pg_last_copy_id()} function, so after the failed COPY the filler reads Redshift-shaped error rows (file, line
 * in the part, column, code, reason, raw line) instead of parsing PostgreSQL's message.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class S3CopyStageFillerLoadErrorsTest {

    /** Loaded as text, so "x7" reaches the COPY, which refuses it for the stage's INTEGER column. */
    private static final List<ColumnSpec> COLUMNS = List.of(column(0, "id", varchar()), column(1, "name", varchar()));

    private final RedshiftStandIn standIn;
    private String bucket;

    @TempDir
    Path dir;

    S3CopyStageFillerLoadErrorsTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @BeforeAll
    static void addRedshiftErrorTables(RedshiftStandIn standIn) throws SQLException {
        try (Connection connection = standIn.database().connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION pg_last_copy_id() RETURNS integer AS 'SELECT 42' LANGUAGE sql");
            statement.execute("CREATE TABLE stl_load_errors (query integer, filename char(256), line_number bigint,"
                    + " colname char(127), err_code integer, err_reason char(100), raw_field_value char(1024),"
                    + " raw_line char(1024))");
        }
    }

    @BeforeEach
    void pointTheSdkAtTheLocalS3() throws SQLException {
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
        bucket = S3Server.get().createBucket("stl");
        try (Connection connection = standIn.database().connect();
                Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE stl_load_errors");
        }
    }

    @AfterEach
    void clearEndpoint() {
        System.clearProperty("aws.endpointUrlS3");
    }

    @Test
    void theRawLineOfTheErrorRowGivesTheSourceLine() throws Exception {
        recordError("part-00003.csv.gz", 9, "\"7\",\"x\",777");

        LoadException failure = load("raw");

        assertThat(failure.line()).hasValue(777);
        assertThat(failure.column()).contains("id");
        assertThat(failure.value()).contains("x7");
        assertThat(failure.getMessage())
                .isEqualTo(
                        "Line 777 of raw.csv, column id, value \"x7\": COPY refused it: Invalid digit, Value 'x', Pos 0."
                                + " Nothing was loaded.");
        assertThat(failure.fix()).contains("Fix the value");
    }

    @Test
    void withoutARawLineThePartIsReadBackToFindTheRow() throws Exception {
        recordError("part-00001.csv.gz", 2, null);

        assertThat(load("scan").line()).hasValue(3);
    }

    @Test
    void rowsACopySetAsideWithinItsBudgetAreReadWithTheirSourceLinesAndAppendedToTheRejects() throws Exception {
        recordError("part-00002.csv.gz", 4, "\"7\",\"x\",1204");
        recordError("part-00001.csv.gz", 9, "\"8\",\"y\",12");
        Path rejects = dir.resolve("rejects.csv");
        Files.writeString(rejects, "line,reason,fields\n3,\"id: not a whole number\",\"x\"\n");

        try (Connection connection = standIn.connect()) {
            connection.setAutoCommit(false);
            List<CopyRejects.Rejected> rejected = CopyRejects.read(connection, null, 10, event -> {});
            CopyRejects.append(rejects, rejected);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1"); // the transaction is intact
            }
            connection.rollback();
        }

        assertThat(Files.readAllLines(rejects))
                .containsExactly(
                        "line,reason,fields",
                        "3,\"id: not a whole number\",\"x\"",
                        "12,\"COPY, column id: Invalid digit, Value 'x', Pos 0\",\"x7\"",
                        "1204,\"COPY, column id: Invalid digit, Value 'x', Pos 0\",\"x7\"");
    }

    @Test
    void withoutTheErrorTablesNothingIsReadAndTheTransactionGoesOn() throws Exception {
        try (Connection connection = standIn.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE probe (id INTEGER)");
                statement.execute("DROP TABLE stl_load_errors"); // as on Serverless; rolled back below
            }
            assertThat(CopyRejects.read(connection, null, 10, event -> {})).isEmpty();
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO probe VALUES (1)");
            }
            connection.rollback();
        }
    }

    @Test
    void aPartThatCannotBeReadBackIsAnErrorNamingItAndTheLineSought() throws Exception {
        try (StagedUploads uploads = uploads()) {
            StagedRowLocator locator = partsOneMissingOneNotGzip(uploads);
            assertThat(locator.sourceLineInPart("part-00009.csv.gz", 1)).isEmpty(); // not staged: nothing to read
            assertThatThrownBy(() -> locator.sourceLineInPart("part-00002.csv.gz", 1))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith(
                            "Could not read the staged part loads/run/part-00002.csv.gz back to find its line 1: ");
        }
    }

    @Test
    void aRefusedRowInAnUnreadablePartSaysWhyItsLineIsUnknown() throws Exception {
        recordError("part-00001.csv.gz", 2, null); // a part never uploaded
        LoadPlan plan = S3CopyFixture.plan(
                S3CopyFixture.profile(standIn, bucket), dir.resolve("gone.csv"), SourceSettings.csv(), COLUMNS);
        S3CopyFixture.Events events = new S3CopyFixture.Events();
        try (StagedUploads uploads = uploads();
                Connection connection = standIn.connect()) {
            StagedRowLocator locator = partsOneMissingOneNotGzip(uploads);
            connection.setAutoCommit(false);
            assertThat(CopyRejects.read(connection, locator, 10, events))
                    .extracting(CopyRejects.Rejected::line)
                    .containsExactly(0L);
            LoadException explained =
                    new CopyFailureReader(plan, locator).explain(connection, new SQLException("Load failed"));

            String unread = "Could not read the staged part loads/run/part-00001.csv.gz back to find its line 2: ";
            assertThat(events.logs()).anyMatch(log -> log.contains("are in the rejects file as line 0: " + unread));
            assertThat(explained.getMessage()).startsWith("A row of gone.csv (its line could not be found: " + unread);
            assertThat(explained.line()).isEmpty();
        }
    }

    private StagedUploads uploads() {
        ConnectionProfile profile = S3CopyFixture.profile(standIn, bucket);
        return StagedUploads.open(
                profile,
                profile.s3Staging().orElseThrow(),
                "loads/run/",
                UploadLimits.defaults(),
                name -> Optional.empty());
    }

    private StagedRowLocator partsOneMissingOneNotGzip(StagedUploads uploads) {
        S3Server.get()
                .client()
                .putObject(
                        request -> request.bucket(bucket).key("loads/run/part-00002.csv.gz"),
                        RequestBody.fromString("not gzip"));
        return new StagedRowLocator(
                uploads,
                "loads/run/",
                List.of(new StagedPart("part-00001.csv.gz", 3, 3, 2), new StagedPart("part-00002.csv.gz", 3, 3, 5)));
    }

    private void recordError(String part, long line, String rawLine) throws SQLException {
        try (Connection connection = standIn.database().connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO stl_load_errors VALUES (42, 's3://" + bucket + "/loads/run/" + part + "', "
                    + line + ", 'id', 1207, 'Invalid digit, Value ''x'', Pos 0', 'x7', "
                    + (rawLine == null ? "NULL" : "'" + rawLine.replace("'", "''") + "'") + ")");
        }
    }

    private LoadException load(String name) throws Exception {
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, "id,name\n1,a\n2,b\nx7,c\n4,d\n");
        LoadPlan plan = S3CopyFixture.plan(S3CopyFixture.profile(standIn, bucket), file, SourceSettings.csv(), COLUMNS);
        try (Connection connection = standIn.connect()) {
            S3CopyFixture.createStage(connection, name + "_target", name + "_stage", "id INTEGER, name VARCHAR(10)");
            return catchThrowableOfType(
                    LoadException.class, () -> new S3CopyStageFiller(S3CopyFixture.smallParts(), n -> Optional.empty())
                            .fill(connection, FillTable.stage(name + "_stage"), RowSource.of(plan), event -> {}));
        }
    }
}
