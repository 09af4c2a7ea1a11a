package com.redshiftloader.ui.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.LoadFixture;
import com.redshiftloader.infra.load.target.JdbcTargetCatalog;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Target step's choice of table without a window, over the embedded PostgreSQL: the profile's table is the
 * default (existing when it exists, else new with that name), names typed are normalised, and the SQL shown is the
 * CREATE TABLE of a new table or the ALTER TABLE of an existing one.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class TargetStepViewModelTest {

    private static final List<ColumnSpec> COLUMNS = List.of(
            new ColumnSpec(0, "id", "id", RedshiftTypeParser.parse("INTEGER"), ColumnSpec.Origin.INFERRED),
            new ColumnSpec(
                    1, "Zip Code", "zip_code", RedshiftTypeParser.parse("VARCHAR(5)"), ColumnSpec.Origin.INFERRED));

    private final TestDatabase database;
    private final String table = "target_vm_" + UUID.randomUUID().toString().substring(0, 8);

    TargetStepViewModelTest(TestDatabase database) {
        this.database = database;
    }

    private TargetStepViewModel step(Map<String, Object> extra) {
        Map<String, Object> keys = new LinkedHashMap<>(TestProfiles.postgres(database));
        keys.putAll(extra);
        ConnectionProfile profile = TestProfiles.bind(keys);
        TargetFeed feed = new TargetFeed(
                Optional.of(profile),
                false,
                Optional.of(Path.of("/in/Orders 2026.csv")),
                Optional.of(SourceSettings.csv()),
                COLUMNS,
                Map.of());
        return new TargetStepViewModel(
                () -> feed,
                new JdbcTargetCatalog(() -> new JdbcConnector(
                        new RedshiftCredentialsProvider(name -> Optional.empty()), name -> Optional.empty())),
                () -> {
                    throw new AssertionError("not the sandbox");
                },
                new DirectBackgroundTasks());
    }

    @Test
    void theProfilesTableIsPreselectedWhenItExistsAndItsColumnsAreMapped() throws Exception {
        try (Connection connection = database.connect()) {
            LoadFixture.execute(connection, "CREATE TABLE public." + table + " (zip_code VARCHAR(10), id BIGINT)");
        }
        TargetStepViewModel step = step(Map.of("table", table.toUpperCase(java.util.Locale.ROOT)));

        step.refresh();

        assertThat(step.existingProperty().get()).isTrue();
        assertThat(step.target()).isEqualTo(new TableName("public", table));
        assertThat(step.rowsTextProperty().get()).isEqualTo("public." + table + " is empty.");
        assertThat(step.columns()).extracting(ColumnSpec::name).containsExactly("id", "zip_code");
        assertThat(step.sqlPreviewProperty().get()).startsWith("-- Nothing to add");
        assertThat(step.validProperty().get()).as(step.problemProperty().get()).isTrue();
    }

    @Test
    void aNewTableIsNamedAfterTheFileOrTheProfileAndTypedNamesAreNormalised() {
        TargetStepViewModel step = step(Map.of());
        step.refresh();
        assertThat(step.existingProperty().get()).isFalse();
        assertThat(step.target()).isEqualTo(new TableName("public", "orders_2026"));
        assertThat(step.sqlPreviewProperty().get())
                .startsWith("CREATE TABLE \"public\".\"orders_2026\" (")
                .contains("\"zip_code\" VARCHAR(5)");

        step.tableNameProperty().set("Daily Orders");
        assertThat(step.tableNameProperty().get()).isEqualTo("daily_orders");
        step.tableNameProperty().set("");
        assertThat(step.problemProperty().get()).isEqualTo("Name the new table.");

        TargetStepViewModel named = step(Map.of("table", "orders_missing_" + table));
        named.refresh();
        assertThat(named.existingProperty().get()).isFalse();
        assertThat(named.target().table()).isEqualTo("orders_missing_" + table);
        assertThat(named.rowsTextProperty().get()).startsWith("A new table: the load creates public.orders_missing_");
    }
}
