package com.redshiftloader.testinfra.redshift;

import static com.redshiftloader.testinfra.redshift.RedshiftStandInConnectionTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.S3Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(RedshiftStandInExtension.class)
class RedshiftStandInCopyTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/R";
    private static final String HEADER = "id,name,note\n";
    private static String bucket;

    private final RedshiftStandIn standIn;

    RedshiftStandInCopyTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @BeforeAll
    static void stageObjects(RedshiftStandIn standIn) throws Exception {
        bucket = S3Server.get().createBucket("copy");
        try (S3Client s3 = S3Server.get().client()) {
            put(
                    s3,
                    "people/part-0.csv.gz",
                    gzip(HEADER + "1,\"Smith, John\",\"line one\nline two\"\n" + "2,Zoë 😀,\"say \"\"hi\"\"\"\n"));
            put(s3, "people/part-1.csv.gz", gzip(HEADER + "3,,\"\"\n"));
            put(
                    s3,
                    "manifests/people.manifest",
                    ("{\"entries\": ["
                                    + "{\"url\": \"s3://" + bucket + "/people/part-1.csv.gz\", \"mandatory\": true},"
                                    + "{\"url\": \"s3://" + bucket + "/people/part-0.csv.gz\", \"mandatory\": true}]}")
                            .getBytes(StandardCharsets.UTF_8));
            put(s3, "plain/data.psv", "7|seven|x\n8|\\N|y".getBytes(StandardCharsets.UTF_8));
        }
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE people (id int, name varchar(40), note varchar(40))");
        }
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        try (Connection connection = standIn.database().connect();
                Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE people");
        }
    }

    @Test
    void gzipCsvUnderAPrefixIsLoadedWithIamRole() throws SQLException {
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            int loaded = statement.executeUpdate("copy people from 's3://" + bucket + "/people/part-0' iam_role '"
                    + ROLE + "' format as csv gzip ignoreheader as 1 region 'eu-west-1'");
            assertThat(loaded).isEqualTo(2);
            assertThat(rows(statement, "SELECT id, name, note FROM people ORDER BY id"))
                    .containsExactly("1|Smith, John|line one\nline two", "2|Zoë 😀|say \"hi\"");
        }
        CopyRequest copy = standIn.copies().getLast();
        assertThat(copy.credentials()).isEqualTo(new CopyCredentials.IamRole(ROLE));
        assertThat(copy.statement().region()).contains("eu-west-1");
        assertThat(copy.refusal()).isEmpty();
    }

    @Test
    void pgLastCopyCountGivesTheRowsOfTheSessionsLastCopy() throws SQLException {
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            assertThat(rows(statement, "SELECT pg_last_copy_count()")).containsExactly("-1");
            statement.execute(
                    "COPY people FROM 's3://" + bucket + "/people/' IAM_ROLE default CSV GZIP IGNOREHEADER 1");
            assertThat(rows(statement, "SELECT pg_last_copy_count()")).containsExactly("3");
            statement.execute("COPY people FROM 's3://" + bucket + "/people/part-1' IAM_ROLE default CSV GZIP"
                    + " IGNOREHEADER 1");
            assertThat(rows(statement, "select PG_LAST_COPY_COUNT ( )")).containsExactly("1");
        }
    }

    @Test
    void aCopyCanBeMadeToLoadOnlyItsLastObject() throws SQLException {
        standIn.loadOnlyTheLastObjectOfEachCopy();
        try {
            assertThat(copy("COPY people FROM 's3://" + bucket + "/people/' IAM_ROLE default CSV GZIP IGNOREHEADER 1"))
                    .containsExactly("3|null|");
        } finally {
            standIn.clearFaults();
        }
    }

    @Test
    void prefixLoadsEveryObjectUnderIt() throws SQLException {
        assertThat(copy("COPY people FROM 's3://" + bucket + "/people/' IAM_ROLE default CSV GZIP IGNOREHEADER 1"))
                .containsExactly("1|Smith, John|line one\nline two", "2|Zoë 😀|say \"hi\"", "3|null|");
        assertThat(standIn.copies().getLast().credentials()).isEqualTo(new CopyCredentials.IamRole("default"));
    }

    @Test
    void manifestListsTheObjectsToLoad() throws SQLException {
        assertThat(copy("COPY people (id, name, note) FROM 's3://" + bucket + "/manifests/people.manifest' IAM_ROLE '"
                        + ROLE + "' FORMAT CSV GZIP IGNOREHEADER 1 MANIFEST EMPTYASNULL COMPUPDATE OFF STATUPDATE OFF"))
                .containsExactly("1|Smith, John|line one\nline two", "2|Zoë 😀|say \"hi\"", "3|null|null");
    }

    @Test
    void accessKeysAreAcceptedAndRecorded() throws SQLException {
        assertThat(
                        copy(
                                "COPY people FROM 's3://" + bucket + "/people/part-1' ACCESS_KEY_ID '"
                                        + S3Server.ACCESS_KEY
                                        + "' SECRET_ACCESS_KEY '" + S3Server.SECRET_KEY
                                        + "' SESSION_TOKEN 'tok' CSV GZIP IGNOREHEADER 1"
                                        + " DATEFORMAT 'auto' TIMEFORMAT 'auto' MAXERROR 0 ACCEPTINVCHARS TRUNCATECOLUMNS BLANKSASNULL"))
                .containsExactly("3|null|");
        assertThat(standIn.copies().getLast().credentials())
                .isEqualTo(
                        new CopyCredentials.AccessKeys(S3Server.ACCESS_KEY, S3Server.SECRET_KEY, Optional.of("tok")));
    }

    @Test
    void legacyCredentialsStringAndPipeDelimitedTextAreSupported() throws SQLException {
        assertThat(copy("COPY people FROM 's3://" + bucket + "/plain/data.psv' CREDENTIALS"
                        + " 'aws_access_key_id=AK;aws_secret_access_key=SK'"))
                .containsExactly("7|seven|x", "8|null|y");
        assertThat(standIn.copies().getLast().credentials())
                .isEqualTo(new CopyCredentials.AccessKeys("AK", "SK", Optional.empty()));
    }

    @Test
    void copyWithoutCredentialsIsRefusedAndLoadsNothing() throws SQLException {
        assertRefused("COPY people FROM 's3://" + bucket + "/people/' CSV GZIP", CopyEmulator.INVALID_CREDENTIALS);
        assertThat(standIn.copies().getLast().credentials()).isInstanceOf(CopyCredentials.Missing.class);
    }

    @Test
    void missingBucketAndEmptyPrefixGiveRedshiftErrors() throws SQLException {
        assertRefused(
                "COPY people FROM 's3://no-such-bucket-standin/x' IAM_ROLE '" + ROLE + "' CSV",
                "S3ServiceException:The specified bucket does not exist");
        assertRefused(
                "COPY people FROM 's3://" + bucket + "/nothing/here' IAM_ROLE '" + ROLE + "' CSV",
                "The specified S3 prefix 'nothing/here' does not exist");
    }

    @Test
    void copyTakesPartInTheClientTransaction() throws SQLException {
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(
                    "COPY people FROM 's3://" + bucket + "/people/' IAM_ROLE '" + ROLE + "' CSV GZIP IGNOREHEADER 1");
            assertThat(rows(statement, "SELECT count(*) FROM people")).containsExactly("3");
            connection.rollback();
            assertThat(rows(statement, "SELECT count(*) FROM people")).containsExactly("0");
        }
    }

    @Test
    void noloadChecksTheDataButLoadsNothing() throws SQLException {
        assertThat(copy("COPY people FROM 's3://" + bucket + "/people/' IAM_ROLE '" + ROLE
                        + "' CSV GZIP IGNOREHEADER 1 NOLOAD"))
                .isEmpty();
        assertRefused(
                "COPY people FROM 's3://" + bucket + "/people/' IAM_ROLE '" + ROLE + "' CSV GZIP NOLOAD",
                "invalid input syntax for type integer: \"id\"");
    }

    @Test
    void simpleQueryProtocolCopyIsEmulatedToo() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", standIn.database().user());
        properties.setProperty("password", standIn.database().password());
        properties.setProperty("ssl", "false");
        properties.setProperty("preferQueryMode", "simple");
        try (Connection connection = DriverManager.getConnection(standIn.jdbcUrl(), properties);
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("COPY people FROM 's3://" + bucket + "/people/part-1' IAM_ROLE '" + ROLE
                            + "' CSV GZIP IGNOREHEADER 1;"))
                    .isEqualTo(1);
        }
    }

    private List<String> copy(String sql) throws SQLException {
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return rows(statement, "SELECT id, name, note FROM people ORDER BY id");
        }
    }

    private void assertRefused(String sql, String message) throws SQLException {
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining(message);
            assertThat(rows(statement, "SELECT count(*) FROM people")).containsExactly("0");
        }
    }

    private static void put(S3Client s3, String key, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
