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
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
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
