package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.DateOrder;
import com.redshiftloader.domain.schema.types.DetectedPattern;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.store.AppDirectories;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.CopyCredentials;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole COPY path as the application wires it (AppServices): a Redshift profile with s3_creds, the loader
 * stages gzip CSV parts in the S3 server, COPY runs through the Redshift stand-in with the real driver, the rows land
 * in the target, and the staged objects are gone afterwards.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class S3CopyLoadTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/RedshiftLoaderCopy";

    @TempDir
    Path directory;

    @BeforeEach
    void pointTheSdkAtTheLocalS3() {
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
    }

    @AfterEach
    void clearTheEndpoint() {
        System.clearProperty("aws.endpointUrlS3");
    }

    @Test
    void appendThroughS3StagingAndCopyLeavesNoStagedObjects(RedshiftStandIn standIn) throws Exception {
        String bucket = S3Server.get().createBucket("copy-load");
        Path file = directory.resolve("orders.csv");
        Files.writeString(
                file,
                "id,zip,note,day\n1,02134,\"comma, and \"\"quotes\"\"\",03/04/2024\n2,00501,Zoë 😀,31/12/2023\n3,10001,,\n",
                StandardCharsets.UTF_8);
        List<String> log = new ArrayList<>();
        int copiesBefore = standIn.copies().size();

        LoadReport report = load(standIn, bucket, file, LoadPath.COPY, log);

        assertThat(report.rowsInserted()).isEqualTo(3);
        assertThat(standIn.copies().subList(copiesBefore, standIn.copies().size()))
                .singleElement()
                .satisfies(copy -> assertThat(copy.credentials()).isEqualTo(new CopyCredentials.IamRole(ROLE)));
        assertThat(log)
                .anyMatch(line -> line.startsWith("COPY \"__stage_") && line.contains("MANIFEST"))
                .noneMatch(line -> line.contains(S3Server.SECRET_KEY));
        assertThat(rows(standIn))
                .as("day-first dates are staged as ISO dates, so COPY's DATEFORMAT 'auto' cannot swap day and month")
                .containsExactly(
                        "1|02134|comma, and \"quotes\"|2024-04-03", "2|00501|Zoë 😀|2023-12-31", "3|10001|null|null");
        try (S3Client s3 = S3Server.get().client()) {
            assertThat(s3.listObjectsV2(b -> b.bucket(bucket)).contents())
                    .as("staged parts and manifest are deleted")
                    .isEmpty();
        }
    }

    @Test
    void autoLoadsASmallFileByInsertAndALargeOneByCopy(RedshiftStandIn standIn) throws Exception {
        String bucket = S3Server.get().createBucket("auto-load");
        Path small = directory.resolve("small.csv");
        Files.writeString(small, "id,zip,note,day\n1,02134,a,03/04/2024\n", StandardCharsets.UTF_8);
        List<String> log = new ArrayList<>();
        int copiesBefore = standIn.copies().size();

        load(standIn, bucket, small, LoadPath.AUTO, log);

        assertThat(standIn.copies()).hasSize(copiesBefore);
        assertThat(log).anyMatch(line -> line.contains("loading by multi-row INSERT"));

        Path large = directory.resolve("large.csv");
        StringBuilder csv = new StringBuilder("id,zip,note,day\n");
        String note = "x".repeat(40);
        for (int id = 2; csv.length() < LoadPath.AUTO_COPY_THRESHOLD_BYTES; id++) {
            csv.append(id).append(",00501,").append(note).append(",31/12/2023\n");
        }
        Files.writeString(large, csv, StandardCharsets.UTF_8);
        log.clear();

        LoadReport report = load(standIn, bucket, large, LoadPath.AUTO, log);

        assertThat(standIn.copies()).hasSize(copiesBefore + 1);
        assertThat(log).anyMatch(line -> line.contains("loading by COPY"));
        assertThat(report.rowsInserted())
                .isEqualTo(csv.chars().filter(c -> c == '\n').count() - 1);
    }

    private LoadReport load(RedshiftStandIn standIn, String bucket, Path file, LoadPath path, List<String> log)
            throws Exception {
        Map<String, Object> keys = TestProfiles.standIn(standIn);
        keys.put("use_s3_copy", true);
        keys.put("s3_creds.bucket", bucket);
        keys.put("s3_creds.aws_region", S3Server.REGION.id());
        keys.put("s3_creds.aws_access_key_id", S3Server.ACCESS_KEY);
        keys.put("s3_creds.aws_secret_access_key", S3Server.SECRET_KEY);
        keys.put("s3_creds.redshift_iam_role", ROLE);
        ConnectionProfile profile = TestProfiles.bind(keys);
        List<ColumnSpec> columns = List.of(
                new ColumnSpec(0, "id", "id", ScalarType.INTEGER, ColumnSpec.Origin.INFERRED),
                new ColumnSpec(1, "zip", "zip", new RedshiftType.Varchar(16), ColumnSpec.Origin.INFERRED),
                new ColumnSpec(2, "note", "note", new RedshiftType.Varchar(64), ColumnSpec.Origin.INFERRED),
                new ColumnSpec(3, "day", "day", ScalarType.DATE, ColumnSpec.Origin.INFERRED));
        LoadPlan plan = new LoadPlan(
                profile,
                file,
                SourceSettings.csv(),
                columns,
                new TableName(
                        "public", "copied_" + file.getFileName().toString().replace(".csv", "")),
                LoadMode.APPEND,
                List.of(),
                path,
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
        AppServices services = new AppServices(
                new AppDirectories(directory.resolve("config"), directory.resolve("data")), name -> Optional.empty());
        TemporalPattern dayFirst = new DetectedPattern(DateOrder.DMY_SLASH, false, false, false, 0, false, ' ');
        return services.loader(Map.of("day", dayFirst)).load(plan, event -> {
            if (event instanceof LoadEvent.Log line) {
                log.add(line.message());
            }
        });
    }

    private static List<String> rows(RedshiftStandIn standIn) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = standIn.connect();
                Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("SELECT id, zip, note, day FROM public.copied_orders ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
        }
        return rows;
    }
}
