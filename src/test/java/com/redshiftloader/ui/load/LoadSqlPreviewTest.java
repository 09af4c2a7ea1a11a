package com.redshiftloader.ui.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SQL the Load step shows before Start, per mode, path and engine. */
class LoadSqlPreviewTest {

    private static final List<ColumnSpec> COLUMNS = List.of(
            new ColumnSpec(0, "id", "id", ScalarType.BIGINT, ColumnSpec.Origin.INFERRED),
            new ColumnSpec(1, "name", "name", new RedshiftType.Varchar(40), ColumnSpec.Origin.INFERRED));

    private static final String INSERT_ROW = "INSERT INTO \"sales\".\"orders\" (\"id\", \"name\") VALUES (?, ?), …;";

    private static Map<String, Object> redshift() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("engine", "redshift");
        keys.put("host", "example.redshift.amazonaws.com");
        keys.put("database", "dev");
        keys.put("user", "loader");
        keys.put("password", "hunter2-password");
        keys.put("schema", "sales");
        return keys;
    }

    private static Map<String, Object> withS3(Map<String, Object> keys) {
        keys.put("use_s3_copy", true);
        keys.put("s3_creds.bucket", "staging-bucket");
        keys.put("s3_creds.aws_region", "eu-west-1");
        keys.put("s3_creds.aws_access_key_id", "AKIAEXAMPLEKEY");
        keys.put("s3_creds.aws_secret_access_key", "very-secret-key");
        return keys;
    }

    private static LoadPlan plan(Map<String, Object> keys, LoadMode mode, LoadPath path) {
        ConnectionProfile profile = TestProfiles.bind(keys);
        return new LoadPlan(
                profile,
                Path.of("orders.csv"),
                SourceSettings.csv(),
                COLUMNS,
                new TableName("sales", "orders"),
                mode,
                mode == LoadMode.MERGE ? List.of("id") : List.of(),
                path,
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
    }

    private static String preview(Map<String, Object> keys, LoadMode mode, LoadPath path) {
        return LoadSqlPreview.of(plan(keys, mode, path));
    }

    /** Merge, replace and truncate lock an existing target before anything else, so concurrent loads queue. */
    private static final String LOCKED_FIRST = "-- The statements the load will run, in one transaction. A preview:"
            + " the exact table state decides whether CREATE TABLE / ALTER TABLE run.\n\n"
            + "-- When sales.orders exists, it is locked first: other loads of it wait for this one.\n"
            + "LOCK \"sales\".\"orders\";";

    @Test
    void appendInsertsStraightIntoTheTargetAfterCreatingWhatIsMissing() {
        String sql = preview(redshift(), LoadMode.APPEND, LoadPath.INSERT);

        assertThat(sql)
                .startsWith("-- The statements the load will run, in one transaction. A preview: the exact table state"
                        + " decides whether CREATE TABLE / ALTER TABLE run.")
                .contains("CREATE SCHEMA IF NOT EXISTS \"sales\";")
                .contains("CREATE TABLE \"sales\".\"orders\" (\n  \"id\" BIGINT,\n  \"name\" VARCHAR(40)\n);")
                .contains("up to 4,000 rows per statement")
                .contains(INSERT_ROW)
                .doesNotContain("DELETE")
                .doesNotContain("LOCK")
                .doesNotContain("__stage");
        assertThat(sql.indexOf("CREATE TABLE")).isLessThan(sql.indexOf("INSERT INTO"));
    }

    @ParameterizedTest
    @EnumSource(
            value = LoadMode.class,
            names = {"TRUNCATE", "REPLACE"})
    void truncateAndReplaceDeleteTheOldRowsFirstNeverTruncate(LoadMode mode) {
        String sql = preview(redshift(), mode, LoadPath.INSERT);

        assertThat(sql)
                .contains("DELETE FROM \"sales\".\"orders\";")
                .contains("same transaction")
                .contains(INSERT_ROW)
                .doesNotContain("TRUNCATE \"")
                .doesNotContain("__stage");
        assertThat(sql).startsWith(LOCKED_FIRST);
        assertThat(sql.indexOf("DELETE FROM")).isLessThan(sql.indexOf("INSERT INTO"));
    }

    @Test
    void failIfExistsSaysTheLoadStopsWhenTheTableExists() {
        String sql = preview(redshift(), LoadMode.FAIL_IF_EXISTS, LoadPath.INSERT);

        assertThat(sql)
                .contains("fail_if_exists: the load stops here when sales.orders exists.")
                .contains("CREATE TABLE \"sales\".\"orders\"")
                .contains(INSERT_ROW)
                .doesNotContain("DELETE");
    }

    @Test
    void mergeFillsATempStageThenDeduplicatesAndMerges() {
        String sql = preview(redshift(), LoadMode.MERGE, LoadPath.INSERT);

        assertThat(sql)
                .contains("CREATE TEMP TABLE \"__stage_…\" (LIKE \"sales\".\"orders\");")
                .contains("ALTER TABLE \"__stage_…\" ADD COLUMN \"__source_line\" BIGINT;")
                .contains("INSERT INTO \"__stage_…\" (\"id\", \"name\", \"__source_line\") VALUES (?, ?, ?), …;")
                .contains("CREATE TEMP TABLE \"__stage_…_dedup\" AS SELECT")
                .contains("MERGE INTO \"sales\".\"orders\" USING \"__stage_…_dedup\"")
                .contains("-- Where the server has no MERGE, instead:")
                .contains("DELETE FROM \"sales\".\"orders\" USING \"__stage_…_dedup\"");
        assertThat(sql.indexOf("MERGE INTO")).isLessThan(sql.indexOf("DELETE FROM"));
        assertThat(sql).startsWith(LOCKED_FIRST);
    }

    @Test
    void s3CopyStagesThenInsertsFromTheStageWithTheSecretRedacted() {
        String sql = preview(withS3(redshift()), LoadMode.APPEND, LoadPath.COPY);

        assertThat(sql)
                .contains("CREATE TEMP TABLE \"__stage_…\"")
                .contains("COPY \"__stage_…\" (\"id\", \"name\", \"__source_line\") FROM"
                        + " 's3://staging-bucket/redshift-loader/<run>/manifest'")
                .contains("SECRET_ACCESS_KEY '***'")
                .contains("MANIFEST")
                .contains("INSERT INTO \"sales\".\"orders\" (\"id\", \"name\") SELECT \"id\", \"name\" FROM"
                        + " \"__stage_…\";")
                .doesNotContain("very-secret-key")
                .doesNotContain("hunter2");
    }

    @Test
    void autoUsesCopyForALargeFileWhenTheProfileAsksForItAndShowsTheIamRole() {
        Map<String, Object> keys = withS3(redshift());
        keys.put("s3_creds.redshift_iam_role", "arn:aws:iam::123456789012:role/loader");

        String sql = LoadSqlPreview.of(plan(keys, LoadMode.REPLACE, LoadPath.AUTO), LoadPath.AUTO_COPY_THRESHOLD_BYTES);

        assertThat(sql)
                .contains("IAM_ROLE 'arn:aws:iam::123456789012:role/loader'")
                .contains("DELETE FROM \"sales\".\"orders\";");
        assertThat(sql.indexOf("COPY \"__stage")).isLessThan(sql.indexOf("DELETE FROM"));
        assertThat(sql.indexOf("DELETE FROM")).isLessThan(sql.indexOf("INSERT INTO \"sales\""));
    }

    @Test
    void autoInsertsASmallFileEvenWhenTheProfileAllowsCopy() {
        String sql = LoadSqlPreview.of(
                plan(withS3(redshift()), LoadMode.APPEND, LoadPath.AUTO), LoadPath.AUTO_COPY_THRESHOLD_BYTES - 1);

        assertThat(sql).contains(INSERT_ROW).doesNotContain("COPY ");
    }

    @Test
    void copyWithoutS3StagingSaysTheLoadStops() {
        String sql = preview(redshift(), LoadMode.APPEND, LoadPath.COPY);

        assertThat(sql).contains("COPY through S3 needs s3_creds").doesNotContain("INSERT INTO");
    }

    @Test
    void postgresStreamsTheRowsByCopyFromStdin() {
        Map<String, Object> keys = redshift();
        keys.put("engine", "postgres");
        keys.put("host", "127.0.0.1");

        assertThat(preview(keys, LoadMode.APPEND, LoadPath.INSERT))
                .contains("COPY \"sales\".\"orders\" (\"id\", \"name\") FROM STDIN WITH (FORMAT csv, HEADER true,"
                        + " NULL '');")
                .doesNotContain("INSERT INTO");
        assertThat(preview(keys, LoadMode.MERGE, LoadPath.AUTO))
                .contains("CREATE TEMP TABLE \"__stage_…\" (LIKE \"sales\".\"orders\" INCLUDING DEFAULTS);")
                .contains("COPY \"__stage_…\" (\"id\", \"name\", \"__source_line\") FROM STDIN")
                .contains("LOCK TABLE \"sales\".\"orders\" IN SHARE ROW EXCLUSIVE MODE;")
                .contains("MERGE INTO");
    }

    @Test
    void aDryRunSaysItRollsBackAndCopiesWithNoLoad() {
        LoadPlan plan = plan(withS3(redshift()), LoadMode.APPEND, LoadPath.COPY);
        LoadPlan dryRun = new LoadPlan(
                plan.profile(),
                plan.file(),
                plan.settings(),
                plan.columns(),
                plan.target(),
                plan.mode(),
                plan.mergeKeys(),
                plan.path(),
                plan.maxErrors(),
                plan.rejectsFile(),
                true,
                TableOptions.NONE);

        assertThat(LoadSqlPreview.of(dryRun))
                .contains("rolled back at the end (a dry run)")
                .contains("NOLOAD");
    }

    @Test
    void skippingSchemaCreationLeavesOutCreateSchema() {
        Map<String, Object> keys = redshift();
        keys.put("skip_schema_creation", true);

        assertThat(preview(keys, LoadMode.APPEND, LoadPath.INSERT)).doesNotContain("CREATE SCHEMA");
    }
}
