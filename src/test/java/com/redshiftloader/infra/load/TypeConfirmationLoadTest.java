package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.rows;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.TypeConfirmation;
import com.redshiftloader.domain.schema.ColumnInference;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.ScanOutcome;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A load typed from a sample commits only when the full scan agrees, and waits for it before it reports a failure. */
@ExtendWith(PostgresDatabaseExtension.class)
class TypeConfirmationLoadTest {

    @TempDir
    Path directory;

    private final TestDatabase database;
    private final JdbcLoader loader = LoadFixture.loader();

    TypeConfirmationLoadTest(TestDatabase database) {
        this.database = database;
    }

    private LoadPlan plan(Path file, String table, String... columns) {
        return LoadFixture.plan(
                TestProfiles.bind(TestProfiles.postgres(database)), file, table, columns(columns), LoadMode.APPEND);
    }

    private String tableExists(String table) throws Exception {
        try (Connection connection = database.connect()) {
            return rows(connection, "SELECT to_regclass('public." + table + "')::text")
                    .getFirst()
                    .getFirst();
        }
    }

    @Test
    void aLoadCommitsOnlyAfterTheScanAgreed() throws Exception {
        Path file = write(directory, "agreed.csv", "id\n1\n2\n");
        CountDownLatch asked = new CountDownLatch(1);

        loader.load(
                plan(file, "agreed", "id:SMALLINT"),
                () -> {
                    asked.countDown();
                    return Optional.empty();
                },
                new LoadFixture.Events());

        assertThat(asked.getCount()).isZero();
        assertThat(tableExists("agreed")).isEqualTo("agreed");
    }

    /** Records what the load asked of it; the full scan itself must not be needed. */
    private static final class Recording implements TypeConfirmation {
        volatile boolean started;
        volatile List<ColumnInference> confirmedWith;

        @Override
        public void start() {
            started = true;
        }

        @Override
        public Optional<Retyped> confirm(List<ColumnInference> inferred) {
            confirmedWith = inferred;
            return Optional.empty();
        }

        @Override
        public Optional<Retyped> await() {
            return Optional.empty();
        }
    }

    @Test
    void aVerbatimCopyInfersTheColumnsOnTheWaySoTheFullScanNeverRuns() throws Exception {
        Path file = write(
                directory,
                "inferred.csv",
                "id,name,amount,at\n1,\"a, b\",1.50,2024-01-01 10:00:00\n70000,,-2.25,2024-01-02\n3,NULLISH,0,\n");
        Recording confirmation = new Recording();

        loader.load(
                plan(file, "inferred", "id:INTEGER", "name:VARCHAR(16)", "amount:DECIMAL(4,2)", "at:TIMESTAMP"),
                confirmation,
                new LoadFixture.Events());

        assertThat(confirmation.started).isFalse();
        ScanOutcome.Completed scan = (ScanOutcome.Completed)
                new FileSourceInspector().scan(file, SourceSettings.csv(), ScanListener.NONE, new CancellationToken());
        assertThat(confirmation.confirmedWith).isEqualTo(scan.columns());
    }

    @Test
    void aConvertingLoadStartsTheFullScanAlongside() throws Exception {
        Path file = write(directory, "converted.csv", "id,name\n1,\"\"\n");
        Recording confirmation = new Recording();

        loader.load(plan(file, "converted", "id:INTEGER", "name:VARCHAR(16)"), confirmation, new LoadFixture.Events());

        assertThat(confirmation.started).isTrue();
        assertThat(confirmation.confirmedWith).isNull();
    }

    @Test
    void whenTheScanDisagreesNothingIsCommittedAndTheNewTypesAreGiven() throws Exception {
        Path file = write(directory, "disagreed.csv", "id\n1\n2\n");
        TypeConfirmation.Retyped wider = new TypeConfirmation.Retyped(columns("id:INTEGER"), Map.of());

        assertThatThrownBy(() -> loader.load(
                        plan(file, "disagreed", "id:SMALLINT"), () -> Optional.of(wider), new LoadFixture.Events()))
                .isInstanceOfSatisfying(TypeConfirmation.TypesChanged.class, e -> assertThat(e.retyped())
                        .isEqualTo(wider));
        assertThat(tableExists("disagreed")).isNull();
    }

    @Test
    void aFailureCausedByTheSampledTypesBecomesATypeChange() throws Exception {
        Path file = write(directory, "failed.csv", "id\n1\n70000\n");
        TypeConfirmation.Retyped wider = new TypeConfirmation.Retyped(columns("id:INTEGER"), Map.of());

        assertThatThrownBy(() -> loader.load(
                        plan(file, "failed", "id:SMALLINT"), () -> Optional.of(wider), new LoadFixture.Events()))
                .isInstanceOf(TypeConfirmation.TypesChanged.class)
                .hasCauseInstanceOf(LoadException.class);
        assertThat(tableExists("failed")).isNull();
    }

    @Test
    void aFailureTheScanConfirmsIsReportedAsItIs() throws Exception {
        Path file = write(directory, "bad.csv", "id\n1\nx\n");

        assertThatThrownBy(() -> loader.load(
                        plan(file, "bad", "id:SMALLINT"),
                        Optional::<TypeConfirmation.Retyped>empty,
                        new LoadFixture.Events()))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("Line 3");
        assertThat(Arrays.asList(tableExists("bad"))).containsOnlyNulls();
    }
}
