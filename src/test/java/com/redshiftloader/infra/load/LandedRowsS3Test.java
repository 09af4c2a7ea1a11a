package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.s3copy.S3CopyFixture;
import com.redshiftloader.infra.load.s3copy.S3CopyStageFiller;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.RowDroppingTrigger;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What landed through S3 and COPY (the Redshift driver and the stand-in, gzip parts in the local S3 server) is what
 * the load staged: a COPY that loads only the last of its parts, as a known peer once reported as a success, fails
 * the load with both counts (from {@code pg_last_copy_count()}) and leaves the table as it was; a trigger that drops
 * rows as the stage moves into the table does too.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class LandedRowsS3Test {

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private String bucket;

    LandedRowsS3Test(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @BeforeEach
    void pointTheSdkAtTheLocalS3() {
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
        bucket = S3Server.get().createBucket("landed");
    }

    @AfterEach
    void clearEndpointAndFaults() {
        System.clearProperty("aws.endpointUrlS3");
        standIn.clearFaults();
    }

    @Test
    void aCopyThatLoadsOnlyItsLastPartFailsTheLoadAndChangesNothing() throws Exception {
        createWithOldRows("last_part");
        standIn.loadOnlyTheLastObjectOfEachCopy();

        Throwable thrown = catchThrowable(() -> load("last_part", LoadMode.APPEND));

        assertThat(thrown)
                .isInstanceOf(LoadException.class)
                .hasMessageMatching("(?s)public\\.last_part: the database received [0-9,]+ rows, but the load counted"
                        + " 3,000 rows in rows\\.csv\\. Nothing was changed: the load was rolled back\\.");
        assertThat(standIn.copies().getLast().statement().options().manifest()).isTrue();
        assertThat(oldRowsOnly("last_part")).containsExactly("100|old");
    }

    @Test
    void aTriggerThatDropsRowsFromTheStageFailsTheLoad() throws Exception {
        createWithOldRows("stage_trigger");
        run(RowDroppingTrigger.on("stage_trigger").toArray(String[]::new));

        Throwable thrown = catchThrowable(() -> load("stage_trigger", LoadMode.APPEND));

        assertThat(thrown)
                .isInstanceOf(LoadException.class)
                .hasMessageContaining(
                        "public.stage_trigger: the table gained 2,970 rows, but the load counted 3,000 rows in rows.csv");
        assertThat(oldRowsOnly("stage_trigger")).containsExactly("100|old");
    }

    @Test
    void everyPartLoadedPassesInEveryMode() throws Exception {
        for (LoadMode mode : List.of(LoadMode.APPEND, LoadMode.REPLACE, LoadMode.MERGE)) {
            String table = "all_parts_" + mode.name().toLowerCase(java.util.Locale.ROOT);
            createWithOldRows(table);

            LoadReport report = load(table, mode);

            assertThat(report.rowsInserted()).as(mode.name()).isEqualTo(mode == LoadMode.MERGE ? 2_900 : 3_000);
        }
    }

    /** Ids 1..3,000 with a note that does not compress, so the small parts make several. */
    private LoadReport load(String table, LoadMode mode) throws Exception {
        StringBuilder text = new StringBuilder("id,note\n");
        for (int i = 1; i <= 3_000; i++) {
            text.append(i)
                    .append(',')
                    .append(UUID.nameUUIDFromBytes(Integer.toString(i).getBytes(StandardCharsets.UTF_8)))
                    .append('\n');
        }
        Path file = Files.writeString(directory.resolve("rows.csv"), text.toString());
        LoadPlan plan = new LoadPlan(
                S3CopyFixture.profile(standIn, bucket),
                file,
                SourceSettings.csv(),
                columns("id:INTEGER", "note:VARCHAR(80)"),
                new TableName("public", table),
                mode,
                mode == LoadMode.MERGE ? List.of("id") : List.of(),
                LoadPath.COPY,
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
        JdbcLoader loader = new JdbcLoader(
                new JdbcConnector(new RedshiftCredentialsProvider(name -> Optional.empty()), name -> Optional.empty()),
                ignored -> Optional.of(new S3CopyStageFiller(S3CopyFixture.smallParts(), name -> Optional.empty())),
                MergeStrategy.MERGE);
        S3CopyFixture.Events events = new S3CopyFixture.Events();
        try {
            return loader.load(plan, events);
        } finally {
            assertThat(events.logs()).anyMatch(line -> line.matches("Staged ([2-9]|\\d\\d+) parts.*"));
        }
    }

    private void createWithOldRows(String table) throws Exception {
        run(
                "CREATE TABLE public." + table + " (id INTEGER, note VARCHAR(80))",
                "INSERT INTO public." + table + " SELECT i, 'old' FROM generate_series(1, 100) AS s(i)");
    }

    private List<String> oldRowsOnly(String table) throws Exception {
        return standIn.database().query("SELECT count(*), max(note) FROM " + table);
    }

    private void run(String... statements) throws Exception {
        try (Connection connection = standIn.database().connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
