package com.redshiftloader.infra.load.s3copy;

import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.column;
import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.aws.UploadLimits;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.CopyCredentials;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** Rejected rows mapped to source lines, credentials, clean-up, cancel and multipart, through the stand-in. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class S3CopyStageFillerFailureTest {

    private static final List<ColumnSpec> COLUMNS = List.of(
            column(0, "id", ScalarType.INTEGER), column(1, "qty", ScalarType.INTEGER), column(2, "name", varchar()));
    private static final String DDL = "id INTEGER, qty INTEGER, name VARCHAR(65535)";
    /**
     * The plan loads qty as text, so a bad quantity passes the client's checks and the database's COPY is the one to
     * refuse it (as when a Redshift table is stricter than the columns chosen): the COPY error mapping is tested.
     */
    private static final List<ColumnSpec> LOOSE_COLUMNS =
            List.of(column(0, "id", ScalarType.INTEGER), column(1, "qty", varchar()), column(2, "name", varchar()));

    private final RedshiftStandIn standIn;
    private String bucket;

    @TempDir
    Path dir;

    S3CopyStageFillerFailureTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @BeforeEach
    void pointTheSdkAtTheLocalS3() {
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
        bucket = S3Server.get().createBucket("stage-fail");
    }

    @AfterEach
    void clearEndpoint() {
        System.clearProperty("aws.endpointUrlS3");
    }

    @Test
    void aBadValueIsNamedByItsSourceLineAcrossPartsAndMultiLineRows() throws Exception {
        Path file = dir.resolve("bad.csv");
        long badLine = writeRows(file, 1_000, 500);
        Map<String, Object> keys = S3CopyFixture.keys(standIn, bucket);

        LoadException failure = fillExpectingFailure(keys, file, "bad", S3CopyFixture.smallParts());

        assertThat(badLine).isGreaterThanOrEqualTo(500);
        assertThat(failure.line()).hasValue(badLine);
        assertThat(failure.column()).contains("qty");
        assertThat(failure.value()).contains("abc");
        assertThat(failure.getMessage())
                .startsWith(String.format(
                        java.util.Locale.ROOT,
                        "Line %,d of bad.csv, column qty, value \"abc\": COPY refused it: ",
                        badLine))
                .contains("integer");
        assertThat(failure.fix()).contains("Fix the value");
        assertThat(S3CopyFixture.listKeys(bucket, S3CopyFixture.PREFIX)).isEmpty();
    }

    @Test
    void stagedFilesAreKeptOnFailureWhenAsked() throws Exception {
        Path file = dir.resolve("keep.csv");
        writeRows(file, 300, 100);

        fillExpectingFailure(
                S3CopyFixture.keys(standIn, bucket),
                file,
                "keep",
                S3CopyFixture.smallParts(new UploadLimits(3, 1L << 30, UploadLimits.MIN_CHUNK_BYTES), true));

        List<String> kept = S3CopyFixture.listKeys(bucket, S3CopyFixture.PREFIX);
        assertThat(kept).anyMatch(key -> key.endsWith("/manifest")).anyMatch(key -> key.endsWith("/part-00001.csv.gz"));
    }

    @Test
    void withoutARoleCopyUsesTheS3KeysAndNoSecretReachesTheLogOrTheException() throws Exception {
        Path file = dir.resolve("keys.csv");
        writeRows(file, 200, 50);
        Map<String, Object> keys = S3CopyFixture.keys(standIn, bucket);
        keys.remove("s3_creds.redshift_iam_role");
        S3CopyFixture.Events events = new S3CopyFixture.Events();

        LoadException failure = fillExpectingFailure(keys, file, "keys", S3CopyFixture.smallParts(), events);

        assertThat(standIn.copies().getLast().credentials())
                .isInstanceOfSatisfying(CopyCredentials.AccessKeys.class, k -> assertThat(k.accessKeyId())
                        .isEqualTo(S3Server.ACCESS_KEY));
        assertThat(events.logs()).anyMatch(l -> l.contains("SECRET_ACCESS_KEY '***'"));
        assertThat(String.join("\n", events.logs())).doesNotContain(S3Server.SECRET_KEY);
        assertThat(failure.getMessage() + failure.fix()).doesNotContain(S3Server.SECRET_KEY);
    }

    @Test
    void neitherRoleNorKeysFailsClearlyBeforeUploading() throws Exception {
        Path file = dir.resolve("none.csv");
        writeRows(file, 10, 0);
        Map<String, Object> keys = S3CopyFixture.keys(standIn, bucket);
        keys.remove("s3_creds.redshift_iam_role");
        keys.remove("s3_creds.aws_access_key_id");
        keys.remove("s3_creds.aws_secret_access_key");
        LoadPlan plan = S3CopyFixture.plan(TestProfiles.bind(keys), file, SourceSettings.csv(), COLUMNS);

        try (Connection connection = standIn.connect()) {
            assertThatThrownBy(() -> filler(S3CopyFixture.smallParts())
                            .fill(connection, FillTable.stage("none"), RowSource.of(plan), e -> {}))
                    .isInstanceOf(LoadException.class)
                    .hasMessageContaining("neither redshift_iam_role nor access keys")
                    .satisfies(e -> assertThat(((LoadException) e).fix()).contains("s3_creds.redshift_iam_role"));
        }
        assertThat(S3CopyFixture.listKeys(bucket, "")).isEmpty();
    }

    @Test
    void cancellingMidUploadAbortsAndLeavesNothingUnderThePrefix() throws Exception {
        Path file = dir.resolve("cancel.csv");
        writeRows(file, 5_000, 0);
        LoadPlan plan = S3CopyFixture.plan(S3CopyFixture.profile(standIn, bucket), file, SourceSettings.csv(), COLUMNS);
        S3CopySettings everyPartMultipart =
                S3CopyFixture.smallParts(new UploadLimits(2, 1, UploadLimits.MIN_CHUNK_BYTES), false);
        int copiesBefore = standIn.copies().size();
        Thread loader = Thread.currentThread();

        try (Connection connection = standIn.connect()) {
            S3CopyFixture.createStage(connection, "cancel_target", "cancel_stage", DDL);
            assertThatThrownBy(() -> filler(everyPartMultipart)
                            .fill(connection, FillTable.stage("cancel_stage"), RowSource.of(plan), event -> {
                                if (event instanceof LoadEvent.Log log
                                        && log.message().startsWith("Uploading part-00002")) {
                                    loader.interrupt();
                                }
                            }))
                    .isInstanceOf(InterruptedException.class);
        }

        assertThat(Thread.interrupted()).isFalse();
        assertThat(standIn.copies()).hasSize(copiesBefore);
        assertThat(S3CopyFixture.listKeys(bucket, "")).isEmpty();
        try (S3Client s3 = S3Server.get().client()) {
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket)).uploads()).isEmpty();
        }
    }

    @Test
    void aPartAboveTheThresholdGoesUpByMultipartInSeveralChunks() throws Exception {
        Path file = dir.resolve("wide.csv");
        StringBuilder csv = new StringBuilder("id,qty,name\n");
        Random random = new Random(42);
        long payloadChars = 0;
        for (int i = 1; i <= 14_000; i++) {
            String payload = randomText(random, 900);
            payloadChars += payload.length();
            csv.append(i).append(',').append(i).append(',').append(payload).append('\n');
        }
        Files.writeString(file, csv);
        LoadPlan plan = S3CopyFixture.plan(S3CopyFixture.profile(standIn, bucket), file, SourceSettings.csv(), COLUMNS);
        S3CopySettings settings = new S3CopySettings(
                S3CopySettings.DEFAULT_PART_BYTES,
                1,
                new UploadLimits(2, 1024 * 1024, UploadLimits.MIN_CHUNK_BYTES),
                false);
        S3CopyFixture.Events events = new S3CopyFixture.Events();

        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            S3CopyFixture.createStage(connection, "wide_target", "wide_stage", DDL);
            assertThat(filler(settings).fill(connection, FillTable.stage("wide_stage"), RowSource.of(plan), events))
                    .isEqualTo(14_000);
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*), SUM(LENGTH(name)) FROM wide_stage")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(14_000);
                assertThat(rs.getLong(2)).isEqualTo(payloadChars);
            }
        }
        assertThat(events.logs()).anyMatch(l -> l.startsWith("Staged 1 parts (1 by multipart upload)"));
        assertThat(Files.size(file)).isGreaterThan(2L * UploadLimits.MIN_CHUNK_BYTES);
    }

    private LoadException fillExpectingFailure(
            Map<String, Object> keys, Path file, String name, S3CopySettings settings) throws Exception {
        return fillExpectingFailure(keys, file, name, settings, new S3CopyFixture.Events());
    }

    private LoadException fillExpectingFailure(
            Map<String, Object> keys, Path file, String name, S3CopySettings settings, S3CopyFixture.Events events)
            throws Exception {
        LoadPlan plan = S3CopyFixture.plan(TestProfiles.bind(keys), file, SourceSettings.csv(), LOOSE_COLUMNS);
        try (Connection connection = standIn.connect()) {
            S3CopyFixture.createStage(connection, name + "_target", name + "_stage", DDL);
            LoadException failure = catchThrowableOfType(LoadException.class, () -> filler(settings)
                    .fill(connection, FillTable.stage(name + "_stage"), RowSource.of(plan), events));
            assertThat(failure).isNotNull();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1"); // rolled back: the connection is usable again
            }
            return failure;
        }
    }

    private static S3CopyStageFiller filler(S3CopySettings settings) {
        return new S3CopyStageFiller(settings, name -> Optional.empty());
    }

    /**
     * Writes id,qty,name rows where every seventh name spans two lines; the first row starting at or after
     * {@code badFromLine} (if positive) has the quantity {@code abc}. Returns that row's source line.
     */
    private static long writeRows(Path file, int rows, long badFromLine) throws Exception {
        StringBuilder csv = new StringBuilder("id,qty,name\n");
        long line = 2;
        long bad = 0;
        for (int i = 1; i <= rows; i++) {
            boolean isBad = bad == 0 && badFromLine > 0 && line >= badFromLine;
            bad = isBad ? line : bad;
            String name = i % 7 == 0 ? "\"two\nlines " + i + "\"" : "name " + i;
            csv.append(i)
                    .append(',')
                    .append(isBad ? "abc" : String.valueOf(i))
                    .append(',')
                    .append(name)
                    .append('\n');
            line += i % 7 == 0 ? 2 : 1;
        }
        Files.writeString(file, csv);
        return bad;
    }

    private static String randomText(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
