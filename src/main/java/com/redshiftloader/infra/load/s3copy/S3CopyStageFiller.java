package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.S3Staging;
import com.redshiftloader.domain.profile.SecretUnavailableException;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.sql.CopyCredentials;
import com.redshiftloader.domain.sql.CopyOptions;
import com.redshiftloader.domain.sql.RedshiftDialect;
import com.redshiftloader.domain.sql.SqlDialect;
import com.redshiftloader.domain.sql.SqlRedactor;
import com.redshiftloader.domain.text.Counts;
import com.redshiftloader.domain.time.MonotonicClock;
import com.redshiftloader.infra.aws.StagedObject;
import com.redshiftloader.infra.aws.StagedUploads;
import com.redshiftloader.infra.load.stage.ConvertedRows;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.LoadFailures;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.infra.load.stage.StageFiller;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.AbortedException;

/**
 * Fills the stage table through S3: the source is streamed into gzip UTF-8 CSV parts (see {@link CsvPartEncoder} for
 * how NULL and empty strings are kept apart), uploaded in parallel while later parts are written, listed in a
 * manifest and loaded by one {@code COPY ... MANIFEST} in the caller's transaction. The staged objects are deleted
 * afterwards (on failure too, unless {@link S3CopySettings#keepStagedFilesOnFailure()}).
 *
 * <p>When the COPY fails this filler <b>rolls the caller's transaction back</b> (a failed transaction accepts no other
 * statement), reads the load errors and throws a {@link LoadException} naming the source line. Interrupting the thread
 * stops writing and uploading, deletes what was staged and throws {@link InterruptedException}.
 */
public final class S3CopyStageFiller implements StageFiller {

    private static final Logger LOG = LoggerFactory.getLogger(S3CopyStageFiller.class);

    private final S3CopySettings settings;
    private final Function<String, Optional<String>> environment;
    private final RedshiftDialect dialect = new RedshiftDialect();

    /**
     * @param settings part size, upload parallelism, and whether to keep staged files when the load fails
     * @param environment resolves secrets given as environment variables in the profile
     */
    public S3CopyStageFiller(S3CopySettings settings, Function<String, Optional<String>> environment) {
        this.settings = settings;
        this.environment = environment;
    }

    /** COPY errors are mapped back to the source through the stage's source-line column. */
    @Override
    public boolean fillsTarget() {
        return false;
    }

    /** A dry run's COPY has NOLOAD: the files are checked, no row is written. */
    @Override
    public boolean writesInDryRun() {
        return false;
    }

    @Override
    public long fill(Connection connection, FillTable stage, RowSource rows, LoadListener listener)
            throws SQLException, LoadException, InterruptedException {
        LoadPlan plan = rows.plan();
        S3Staging staging = plan.profile()
                .s3Staging()
                .orElseThrow(() -> new LoadException(
                        "COPY needs an S3 bucket to stage the file in, and the profile has none.",
                        "Add s3_creds: bucket: (and redshift_iam_role:) to the profile, or load by INSERT.",
                        null));
        CopyCredentials credentials = copyCredentials(staging);
        String runPrefix = staging.prefix() + RunIds.next() + "/";
        StagedUploads uploads = openUploads(plan, staging, runPrefix);
        boolean success = false;
        try {
            long copied = stageAndCopy(connection, stage, rows, staging, credentials, uploads, listener);
            success = true;
            return copied;
        } catch (InterruptedException e) {
            listener.on(new LoadEvent.Log(LoadEvent.Level.WARN, "Cancelled; deleting the staged files"));
            throw e;
        } finally {
            cleanUp(uploads, success, listener);
            uploads.close();
        }
    }

    private long stageAndCopy(
            Connection connection,
            FillTable stage,
            RowSource rows,
            S3Staging staging,
            CopyCredentials credentials,
            StagedUploads uploads,
            LoadListener listener)
            throws LoadException, InterruptedException, SQLException {
        LoadPlan plan = rows.plan();
        try (StagingRun run = new StagingRun(
                rows, settings, uploads, listener, SliceCount.query(connection), MonotonicClock.INSTANCE)) {
            List<StagedPart> parts = run.writeAndUpload();
            List<StagedObject> objects = uploads.awaitAll();
            String manifest = uploads.writeManifest(objects);
            long multipart = objects.stream().filter(StagedObject::multipart).count();
            listener.on(new LoadEvent.Log(
                    LoadEvent.Level.INFO,
                    "Staged " + objects.size() + " parts (" + multipart + " by multipart upload) under "
                            + uploads.runUrl()));
            StagedRowLocator locator = new StagedRowLocator(uploads, uploads.runPrefix(), parts);
            long copied = copy(connection, stage, rows, staging, credentials, manifest, locator, listener);
            return rowsLoaded(connection, rows, locator, run.rows(), copied, listener);
        } catch (IOException e) {
            throw new LoadException(
                    "Could not stage the file for COPY: " + e.getMessage(),
                    "Check the source file, the free space of the temporary directory, and the S3 permissions"
                            + " (s3:PutObject, s3:DeleteObject) on " + uploads.runUrl(),
                    e);
        } catch (RuntimeException e) {
            if (Thread.interrupted() || e instanceof AbortedException) {
                throw new InterruptedException("Cancelled while staging");
            }
            throw new LoadException(
                    "Could not stage the file in S3: " + SqlRedactor.redact(String.valueOf(e.getMessage())),
                    "Check s3_creds (bucket, aws_region, keys) and that this identity may write to " + uploads.runUrl(),
                    e);
        }
    }

    private StagedUploads openUploads(LoadPlan plan, S3Staging staging, String runPrefix) throws LoadException {
        try {
            return StagedUploads.open(plan.profile(), staging, runPrefix, settings.uploads(), environment);
        } catch (SecretUnavailableException e) {
            throw new LoadException(e.getMessage(), "Set the variable and load again.", null);
        }
    }

    /** COPY's own authorisation: the role from s3_creds, else the s3_creds keys. */
    private CopyCredentials copyCredentials(S3Staging staging) throws LoadException {
        if (staging.redshiftIamRole().isPresent()) {
            return new CopyCredentials.IamRole(staging.redshiftIamRole().get());
        }
        if (staging.accessKeyId().isPresent() && staging.secretAccessKey().isPresent()) {
            try {
                String secret = staging.secretAccessKey().get().resolve(environment);
                return new CopyCredentials.AccessKeys(staging.accessKeyId().get(), secret, Optional.empty());
            } catch (SecretUnavailableException e) {
                throw new LoadException(e.getMessage(), "Set the variable and load again.", null);
            }
        }
        throw new LoadException(
                "Redshift's COPY needs permission to read the staged files, and s3_creds has neither"
                        + " redshift_iam_role nor access keys.",
                "Set s3_creds.redshift_iam_role to the ARN of a role attached to the cluster that may read s3://"
                        + staging.bucket() + "/" + staging.prefix() + " (or give s3_creds keys).",
                null);
    }

    /**
     * The rows the COPY loaded; rows it set aside within MAXERROR count as rejected and go to the rejects file with
     * their source lines (read from the load-error tables). Only rows the load errors name count as rejected: any
     * other missing row fails the load before commit ({@link LandedRowsCheck}).
     */
    private static long rowsLoaded(
            Connection connection,
            RowSource rows,
            StagedRowLocator locator,
            long written,
            long copied,
            LoadListener listener)
            throws SQLException {
        LoadPlan plan = rows.plan();
        if (copied < 0 || plan.dryRun() || copied >= written) {
            return copied < 0 || plan.dryRun() ? written : copied;
        }
        long skipped = written - copied;
        List<CopyRejects.Rejected> rejected = CopyRejects.read(connection, locator, skipped, listener);
        if (rejected.isEmpty()) {
            return copied;
        }
        rows.addRejected(rejected.size());
        Path file = ConvertedRows.rejectsFile(plan);
        CopyRejects.append(file, rejected);
        listener.on(new LoadEvent.Log(
                LoadEvent.Level.WARN,
                rejected.size() + " of " + Counts.were(written, "row") + " rejected by COPY within the budget; "
                        + (rejected.size() == 1 ? "it is" : "they are") + " in " + file));
        return copied;
    }

    /** Runs the COPY; returns the rows it loaded, as {@code pg_last_copy_count()} gives them. */
    private long copy(
            Connection connection,
            FillTable stage,
            RowSource rows,
            S3Staging staging,
            CopyCredentials credentials,
            String manifest,
            StagedRowLocator locator,
            LoadListener listener)
            throws LoadException, SQLException {
        listener.on(new LoadEvent.PhaseChanged(LoadPhase.COPYING));
        LoadPlan plan = rows.plan();
        List<String> columns =
                new ArrayList<>(plan.columns().stream().map(ColumnSpec::name).toList());
        columns.add(SqlDialect.SOURCE_LINE_COLUMN);
        CopyOptions options = new CopyOptions(
                manifest,
                true,
                new CopyOptions.CopyFormat.Csv(',', '"', 0, true, Optional.of(CsvPartEncoder.NULL_MARKER)),
                credentials,
                staging.region(),
                // The parts hold ISO dates and timestamps (CsvPartEncoder), which 'auto' reads whatever the source's
                // layout: one COPY takes one DATEFORMAT, and the columns of a file may disagree.
                Optional.of("auto"),
                Optional.of("auto"),
                (int) Math.min(Math.max(0, plan.maxErrors() - rows.rowsRejected()), 100_000),
                plan.dryRun());
        String sql = dialect.copy(stage.sql(), columns, options);
        String redacted = SqlRedactor.redact(sql);
        LOG.info("Running {}", redacted);
        listener.on(new LoadEvent.Log(LoadEvent.Level.INFO, redacted));
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return lastCopyCount(statement);
        } catch (SQLException e) {
            if (LoadFailures.isSerializationFailure(e) || LoadFailures.isConnectionFailure(e)) {
                throw e;
            }
            LoadException explained = new CopyFailureReader(plan, locator).explain(connection, e);
            listener.on(new LoadEvent.Log(LoadEvent.Level.ERROR, explained.getMessage()));
            throw explained;
        }
    }

    /** Redshift's count of the rows the session's last COPY loaded (the COPY's own update count is not documented). */
    private static long lastCopyCount(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT pg_last_copy_count()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void cleanUp(StagedUploads uploads, boolean success, LoadListener listener) {
        listener.on(new LoadEvent.PhaseChanged(LoadPhase.CLEANING_UP));
        if (!success && settings.keepStagedFilesOnFailure()) {
            listener.on(new LoadEvent.Log(
                    LoadEvent.Level.WARN,
                    "Kept the staged files under " + uploads.runUrl() + " for inspection; delete them when done."));
            return;
        }
        try {
            int deleted = uploads.deleteAll();
            listener.on(new LoadEvent.Log(LoadEvent.Level.INFO, "Deleted " + deleted + " staged objects"));
        } catch (RuntimeException e) {
            LOG.warn("Could not delete the staged files under {}: {}", uploads.runUrl(), e.toString());
            listener.on(new LoadEvent.Log(
                    LoadEvent.Level.WARN,
                    "Could not delete the staged files under " + uploads.runUrl() + "; delete them by hand: "
                            + e.getMessage()));
        }
    }
}
