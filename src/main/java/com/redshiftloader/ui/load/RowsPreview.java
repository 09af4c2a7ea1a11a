package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.InsertBatches;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadRoute;
import com.redshiftloader.domain.profile.S3Staging;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.CopyCredentials;
import com.redshiftloader.domain.sql.CopyOptions;
import com.redshiftloader.domain.sql.PostgresDialect;
import com.redshiftloader.domain.sql.RedshiftDialect;
import com.redshiftloader.domain.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the rows reach the database in the SQL preview, chosen as the loader chooses: PostgreSQL streams them by
 * {@code COPY … FROM STDIN}; Redshift COPYs them from S3 when COPY is asked for (or AUTO, with {@code use_s3_copy},
 * for a file of {@link LoadPath#AUTO_COPY_THRESHOLD_BYTES} or more) and the profile has S3 staging, else sends
 * multi-row INSERTs.
 */
sealed interface RowsPreview {

    /** One step of the filling: why, then the statement when there is one. */
    record Step(String comment, Optional<String> sql) {}

    /** Whether the rows can go straight into the target: all but S3 COPY, which always goes through a stage. */
    default boolean fillsTarget() {
        return true;
    }

    /**
     * @param tableSql the table the rows go into, as SQL
     * @param sourceLine whether it is the stage, with the source-line column
     */
    List<Step> fill(SqlDialect dialect, String tableSql, boolean sourceLine);

    /** @param fileBytes the source file's size, which decides AUTO */
    static RowsPreview of(LoadPlan plan, long fileBytes) {
        return switch (LoadRoute.of(plan, fileBytes)) {
            case COPY_FROM_STDIN -> new CopyFromStdin(plan.columns());
            case S3_COPY -> new S3Copy(plan, plan.profile().s3Staging().orElseThrow());
            case COPY_WITHOUT_STAGING ->
                new Stop("COPY through S3 needs s3_creds in the profile: the load stops before any row is sent."
                        + " Add s3_creds, or choose the INSERT path.");
            case MULTI_ROW_INSERT -> new Insert(plan.columns());
        };
    }

    /** The columns' names, then the source-line column when the rows go into the stage. */
    private static List<String> names(List<ColumnSpec> columns, boolean sourceLine) {
        List<String> names =
                new ArrayList<>(columns.stream().map(ColumnSpec::name).toList());
        if (sourceLine) {
            names.add(SqlDialect.SOURCE_LINE_COLUMN);
        }
        return names;
    }

    /** Multi-row INSERTs with bound values, one row of placeholders shown. */
    record Insert(List<ColumnSpec> columns) implements RowsPreview {

        @Override
        public List<Step> fill(SqlDialect dialect, String tableSql, boolean sourceLine) {
            int rows = InsertBatches.rowsPerStatement(columns.size());
            return List.of(new Step(
                    "Multi-row INSERT with bound values, never inlined: … up to %,d rows per statement (one row of placeholders shown), repeated until the file ends."
                            .formatted(rows),
                    Optional.of(dialect.insertRows(tableSql, columns, 1, sourceLine) + ", …")));
        }
    }

    /** PostgreSQL: the rows stream from this computer as CSV. */
    record CopyFromStdin(List<ColumnSpec> columns) implements RowsPreview {

        @Override
        public List<Step> fill(SqlDialect dialect, String tableSql, boolean sourceLine) {
            return List.of(new Step(
                    "The rows stream from this computer as CSV:",
                    Optional.of(new PostgresDialect().copyFromStdin(tableSql, names(columns, sourceLine)))));
        }
    }

    /** Redshift: gzip CSV parts staged in S3 under a manifest, then one COPY into the stage. */
    record S3Copy(LoadPlan plan, S3Staging staging) implements RowsPreview {

        /** The staged files' NULL, as the part encoder writes it. */
        static final String NULL_MARKER = "\\N";

        @Override
        public boolean fillsTarget() {
            return false;
        }

        @Override
        public List<Step> fill(SqlDialect dialect, String tableSql, boolean sourceLine) {
            Optional<CopyCredentials> credentials = credentials();
            if (credentials.isEmpty()) {
                return new Stop("COPY needs s3_creds.redshift_iam_role (or s3_creds keys) to read the staged files:"
                                + " the load stops before COPY.")
                        .fill(dialect, tableSql, sourceLine);
            }
            List<String> names = names(plan.columns(), sourceLine);
            String manifest = "s3://" + staging.bucket() + "/" + staging.prefix() + "<run>/manifest";
            CopyOptions options = new CopyOptions(
                    manifest,
                    true,
                    new CopyOptions.CopyFormat.Csv(',', '"', 0, true, Optional.of(NULL_MARKER)),
                    credentials.get(),
                    staging.region(),
                    Optional.of("auto"),
                    Optional.of("auto"),
                    Math.min(plan.maxErrors(), 100_000),
                    plan.dryRun());
            return List.of(new Step(
                    "The file is staged in s3://" + staging.bucket() + "/" + staging.prefix()
                            + " as gzip CSV parts listed in a manifest (deleted afterwards), then:",
                    Optional.of(new RedshiftDialect().copy(tableSql, names, options))));
        }

        /** The role, else the keys with a stand-in for the secret (the preview never holds it). */
        private Optional<CopyCredentials> credentials() {
            if (staging.redshiftIamRole().isPresent()) {
                return Optional.of(
                        new CopyCredentials.IamRole(staging.redshiftIamRole().get()));
            }
            if (staging.accessKeyId().isPresent() && staging.secretAccessKey().isPresent()) {
                return Optional.of(
                        new CopyCredentials.AccessKeys(staging.accessKeyId().get(), "***", Optional.empty()));
            }
            return Optional.empty();
        }
    }

    /** The load cannot fill the table with these choices: says why, runs nothing. */
    record Stop(String reason) implements RowsPreview {

        @Override
        public List<Step> fill(SqlDialect dialect, String tableSql, boolean sourceLine) {
            return List.of(new Step(reason, Optional.empty()));
        }
    }
}
