package com.redshiftloader.domain.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedshiftDialectTest {

    private final RedshiftDialect dialect = new RedshiftDialect();
    private final TableName orders = new TableName("sales", "order");

    private static ColumnSpec column(int position, String name, RedshiftType type) {
        return new ColumnSpec(position, name, name, type, ColumnSpec.Origin.INFERRED);
    }

    private final List<ColumnSpec> columns = List.of(
            column(0, "id", ScalarType.BIGINT),
            column(1, "user", new RedshiftType.Varchar(32)),
            column(2, "amount", new RedshiftType.Decimal(10, 2)),
            column(3, "attrs", ScalarType.SUPER));

    @Test
    void createTableQuotesReservedWordsAndAddsDistAndSortKeys() {
        assertThat(dialect.createTable(orders, columns, new TableOptions(Optional.of("id"), List.of("id", "user"))))
                .isEqualTo("""
                        CREATE TABLE "sales"."order" (
                          "id" BIGINT,
                          "user" VARCHAR(32),
                          "amount" DECIMAL(10,2),
                          "attrs" SUPER
                        ) DISTKEY("id") SORTKEY("id", "user")""");
    }

    @Test
    void createSchemaAndOneAddColumnPerStatement() {
        assertThat(dialect.createSchemaIfNotExists("Sales Data"))
                .isEqualTo("CREATE SCHEMA IF NOT EXISTS \"Sales Data\"");
        assertThat(dialect.addColumn(orders, column(4, "end", ScalarType.TIMESTAMPTZ)))
                .isEqualTo("ALTER TABLE \"sales\".\"order\" ADD COLUMN \"end\" TIMESTAMPTZ");
    }

    @Test
    void multiRowInsertBindsEveryValueAndParsesSuper() {
        assertThat(dialect.insertRows(orders.sql(), columns, 2, false))
                .isEqualTo("INSERT INTO \"sales\".\"order\" (\"id\", \"user\", \"amount\", \"attrs\") VALUES "
                        + "(?, ?, ?, JSON_PARSE(?)), (?, ?, ?, JSON_PARSE(?))");
        assertThat(dialect.insertRows("\"stage_1\"", columns.subList(0, 2), 1, true))
                .isEqualTo("INSERT INTO \"stage_1\" (\"id\", \"user\", \"__source_line\") VALUES (?, ?, ?)");
        assertThatThrownBy(() -> dialect.insertRows(orders.sql(), columns, 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stageIsATempTableLikeTheTargetWithTheSourceLine() {
        assertThat(dialect.createStage("stage_1", orders))
                .containsExactly(
                        "CREATE TEMP TABLE \"stage_1\" (LIKE \"sales\".\"order\")",
                        "ALTER TABLE \"stage_1\" ADD COLUMN \"__source_line\" BIGINT");
    }

    @Test
    void deduplicationKeepsTheLastRowInFileOrder() {
        assertThat(dialect.createDeduplicatedStage("dedup", "stage", columns.subList(0, 2), List.of("id")))
                .isEqualTo("CREATE TEMP TABLE \"dedup\" AS SELECT \"id\", \"user\" FROM (SELECT \"id\", \"user\", "
                        + "ROW_NUMBER() OVER (PARTITION BY \"id\" ORDER BY \"__source_line\" DESC) AS \"__row_number\" "
                        + "FROM \"stage\") AS ranked WHERE \"__row_number\" = 1");
    }

    @Test
    void mergeUpdatesNonKeyColumnsAndInsertsTheRest() {
        assertThat(dialect.merge(orders, "dedup", columns.subList(0, 3), List.of("id")))
                .isEqualTo(
                        "MERGE INTO \"sales\".\"order\" USING \"dedup\" ON \"sales\".\"order\".\"id\" = \"dedup\".\"id\""
                                + " WHEN MATCHED THEN UPDATE SET \"user\" = \"dedup\".\"user\", \"amount\" = \"dedup\".\"amount\""
                                + " WHEN NOT MATCHED THEN INSERT (\"id\", \"user\", \"amount\")"
                                + " VALUES (\"dedup\".\"id\", \"dedup\".\"user\", \"dedup\".\"amount\")");
        assertThat(dialect.deleteThenInsert(orders, "dedup", columns.subList(0, 2), List.of("id", "user")))
                .containsExactly(
                        "DELETE FROM \"sales\".\"order\" USING \"dedup\" WHERE \"sales\".\"order\".\"id\" = \"dedup\".\"id\""
                                + " AND \"sales\".\"order\".\"user\" = \"dedup\".\"user\"",
                        "INSERT INTO \"sales\".\"order\" (\"id\", \"user\") SELECT \"id\", \"user\" FROM \"dedup\"");
    }

    @Test
    void copyFromAManifestWithARole() {
        CopyOptions options = new CopyOptions(
                "s3://bucket/redshift-loader/run-1/manifest",
                true,
                new CopyOptions.CopyFormat.Csv(',', '"', 1, true),
                new CopyCredentials.IamRole("arn:aws:iam::123456789012:role/R"),
                Optional.of("us-west-2"),
                Optional.of("YYYY-MM-DD"),
                Optional.of("auto"),
                0,
                false);
        assertThat(dialect.copy("\"stage_1\"", List.of("id", "user"), options))
                .isEqualTo("COPY \"stage_1\" (\"id\", \"user\") FROM 's3://bucket/redshift-loader/run-1/manifest'"
                        + " IAM_ROLE 'arn:aws:iam::123456789012:role/R' REGION 'us-west-2'"
                        + " FORMAT AS CSV DELIMITER ',' QUOTE '\"' IGNOREHEADER 1 GZIP EMPTYASNULL MANIFEST"
                        + " DATEFORMAT 'YYYY-MM-DD' TIMEFORMAT 'auto' MAXERROR 0 COMPUPDATE OFF STATUPDATE OFF");
    }

    @Test
    void copyWithANullMarkerKeepsEmptyStringsApartFromNull() {
        CopyOptions options = new CopyOptions(
                "s3://bucket/run/manifest",
                true,
                new CopyOptions.CopyFormat.Csv(',', '"', 0, true, Optional.of("\\N")),
                new CopyCredentials.DefaultIamRole(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                false);
        assertThat(dialect.copy("\"s\"", List.of("a"), options))
                .isEqualTo("COPY \"s\" (\"a\") FROM 's3://bucket/run/manifest' IAM_ROLE default"
                        + " FORMAT AS CSV DELIMITER ',' QUOTE '\"' GZIP NULL AS '\\\\N' MANIFEST MAXERROR 0"
                        + " COMPUPDATE OFF STATUPDATE OFF");
    }

    @Test
    void copyWithKeysAsADryRunIsRedactedForTheLog() {
        CopyOptions options = new CopyOptions(
                "s3://b/p/",
                false,
                new CopyOptions.CopyFormat.JsonAuto(false, true),
                new CopyCredentials.AccessKeys("AKIAEXAMPLE", "s3cr3t'\\x", Optional.of("tok")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                10,
                true);
        String sql = dialect.copy("\"t\"", List.of(), options);
        assertThat(sql)
                .isEqualTo("COPY \"t\" FROM 's3://b/p/' ACCESS_KEY_ID 'AKIAEXAMPLE' SECRET_ACCESS_KEY 's3cr3t''\\\\x'"
                        + " SESSION_TOKEN 'tok' FORMAT AS JSON 'auto ignorecase' MAXERROR 10 NOLOAD"
                        + " COMPUPDATE OFF STATUPDATE OFF");
        assertThat(SqlRedactor.redact(sql))
                .isEqualTo("COPY \"t\" FROM 's3://b/p/' ACCESS_KEY_ID '***' SECRET_ACCESS_KEY '***'"
                        + " SESSION_TOKEN '***' FORMAT AS JSON 'auto ignorecase' MAXERROR 10 NOLOAD"
                        + " COMPUPDATE OFF STATUPDATE OFF")
                .doesNotContain("s3cr3t");
    }

    @Test
    void literalsEscapeQuotesAndBackslashesAndRefuseNul() {
        assertThat(dialect.literal("O'Brien \\ path")).isEqualTo("'O''Brien \\\\ path'");
        assertThatThrownBy(() -> dialect.literal("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void redactorHidesLegacyCredentialsAndPasswords() {
        assertThat(SqlRedactor.redact(
                        "COPY t FROM 's3://b/k' CREDENTIALS 'aws_access_key_id=A;aws_secret_access_key=S'"))
                .isEqualTo("COPY t FROM 's3://b/k' CREDENTIALS '***'");
        assertThat(SqlRedactor.redact("CREATE USER u PASSWORD 'md5abc'")).isEqualTo("CREATE USER u PASSWORD '***'");
        assertThat(SqlRedactor.redact("SELECT 'ACCESS_KEY_ID is a word'"))
                .isEqualTo("SELECT 'ACCESS_KEY_ID is a word'");
    }
}
