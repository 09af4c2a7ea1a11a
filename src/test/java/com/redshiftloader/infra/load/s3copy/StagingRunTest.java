package com.redshiftloader.infra.load.s3copy;

import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.column;
import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.aws.StagedUploads;
import com.redshiftloader.infra.aws.UploadLimits;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.testinfra.ManualClock;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class StagingRunTest {

    private final RedshiftStandIn standIn;

    @TempDir
    Path dir;

    StagingRunTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @AfterEach
    void clearEndpoint() {
        System.clearProperty("aws.endpointUrlS3");
    }

    @Test
    void stagingReportsItsProgressTwiceASecondWithTheRateOfItsClock() throws Exception {
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
        ConnectionProfile profile =
                S3CopyFixture.profile(standIn, S3Server.get().createBucket("run"));
        Path file = Files.writeString(dir.resolve("rows.csv"), "id\n" + "1\n".repeat(23));
        LoadPlan plan = S3CopyFixture.plan(profile, file, SourceSettings.csv(), List.of(column(0, "id", varchar())));
        ManualClock clock = new ManualClock();
        InstantSource tenthOfASecondPerLook = () -> clock.advanceMillis(100).instant();
        S3CopyFixture.Events events = new S3CopyFixture.Events();

        try (StagedUploads uploads = StagedUploads.open(
                        profile,
                        profile.s3Staging().orElseThrow(),
                        "loads/run/",
                        UploadLimits.defaults(),
                        name -> Optional.empty());
                StagingRun run = new StagingRun(
                        RowSource.of(plan),
                        S3CopySettings.defaults(),
                        uploads,
                        events,
                        OptionalInt.empty(),
                        tenthOfASecondPerLook)) {
            run.writeAndUpload();
            uploads.deleteAll();
        }

        // the clock is read once at the start, once per row, once at the end: a report every 5 rows, and the last
        List<LoadEvent.Progress> progress = events.all.stream()
                .filter(LoadEvent.Progress.class::isInstance)
                .map(LoadEvent.Progress.class::cast)
                .toList();
        assertThat(progress).extracting(LoadEvent.Progress::rows).containsExactly(5L, 10L, 15L, 20L, 23L);
        assertThat(progress.getFirst().rowsPerSecond()).isEqualTo(10.0);
        assertThat(progress.getLast().rowsPerSecond()).isEqualTo(23 / 2.4);
    }
}
