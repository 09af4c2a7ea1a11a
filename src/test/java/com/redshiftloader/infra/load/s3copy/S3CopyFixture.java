package com.redshiftloader.infra.load.s3copy;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.aws.UploadLimits;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Profiles, plans, stage tables and S3 listings for the S3 COPY filler's tests. */
public final class S3CopyFixture {

    public static final String ROLE = "arn:aws:iam::123456789012:role/RedshiftLoaderCopy";
    public static final String PREFIX = "loads/";

    private S3CopyFixture() {}

    /** Mage-style keys with s3_creds for the local S3 server: keys for the upload, the role for COPY. */
    public static Map<String, Object> keys(RedshiftStandIn standIn, String bucket) {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("use_s3_copy", true);
        keys.put("s3_creds.bucket", bucket);
        keys.put("s3_creds.prefix", PREFIX);
        keys.put("s3_creds.aws_region", S3Server.REGION.id());
        keys.put("s3_creds.aws_access_key_id", S3Server.ACCESS_KEY);
        keys.put("s3_creds.aws_secret_access_key", S3Server.SECRET_KEY);
        keys.put("s3_creds.redshift_iam_role", ROLE);
        return keys;
    }

    public static ConnectionProfile profile(RedshiftStandIn standIn, String bucket) {
        return TestProfiles.bind(keys(standIn, bucket));
    }

    public static LoadPlan plan(
            ConnectionProfile profile, Path file, SourceSettings settings, List<ColumnSpec> columns) {
        return plan(profile, file, settings, columns, "target");
    }

    /** An append by S3 COPY into {@code public.<table>}. */
    public static LoadPlan plan(
            ConnectionProfile profile, Path file, SourceSettings settings, List<ColumnSpec> columns, String table) {
        return new LoadPlan(
                profile,
                file,
                settings,
                columns,
                new TableName("public", table),
                LoadMode.APPEND,
                List.of(),
                LoadPath.COPY,
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
    }

    public static ColumnSpec column(int position, String name, RedshiftType type) {
        return new ColumnSpec(position, name, name, type, ColumnSpec.Origin.OVERRIDE);
    }

    public static RedshiftType varchar() {
        return new RedshiftType.Varchar(65535);
    }

    /** Tiny parts so a few thousand rows make several; small multipart chunks are not allowed by S3. */
    public static S3CopySettings smallParts() {
        return smallParts(new UploadLimits(3, 1L << 30, UploadLimits.MIN_CHUNK_BYTES), false);
    }

    /** Tiny parts uploaded as given, kept in S3 after a failure when {@code keepOnFailure}. */
    public static S3CopySettings smallParts(UploadLimits uploads, boolean keepOnFailure) {
        return new S3CopySettings(4 * 1024, 1, uploads, keepOnFailure);
    }

    /** Creates the target and the session's stage table like the loader does; the connection is left in a transaction. */
    public static void createStage(Connection connection, String table, String stage, String columnsDdl)
            throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (" + columnsDdl + ")");
            statement.execute("CREATE TEMP TABLE " + stage + " (LIKE " + table + ")");
            statement.execute("ALTER TABLE " + stage + " ADD COLUMN __source_line BIGINT");
        }
    }

    public static List<String> listKeys(String bucket, String prefix) {
        try (S3Client s3 = S3Server.get().client()) {
            return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(S3Object::key)
                    .toList();
        }
    }

    /** Collects events; the text of every log line and exception is checked for secrets. */
    public static final class Events implements com.redshiftloader.domain.load.LoadListener {

        public final List<LoadEvent> all = new CopyOnWriteArrayList<>();

        @Override
        public void on(LoadEvent event) {
            all.add(event);
        }

        public List<String> logs() {
            return all.stream()
                    .filter(LoadEvent.Log.class::isInstance)
                    .map(e -> ((LoadEvent.Log) e).message())
                    .toList();
        }

        public List<Object> phases() {
            return all.stream()
                    .filter(LoadEvent.PhaseChanged.class::isInstance)
                    .map(e -> (Object) ((LoadEvent.PhaseChanged) e).phase())
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }
}
