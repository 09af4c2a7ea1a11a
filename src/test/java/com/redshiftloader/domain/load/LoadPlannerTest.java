package com.redshiftloader.domain.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one planner of the command line and the window: what it takes from the choices, the profile and the file. */
class LoadPlannerTest {

    private static final Path FILE = Path.of("/data/Orders 2026.csv.gz");
    private static final List<ColumnSpec> COLUMNS =
            List.of(new ColumnSpec(0, "id", "id", ScalarType.BIGINT, ColumnSpec.Origin.INFERRED));

    private static ConnectionProfile profile(Map<String, Object> extra) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("engine", "postgres");
        keys.put("host", "localhost");
        keys.put("database", "dev");
        keys.put("user", "me");
        keys.put("schema", "sales");
        keys.putAll(extra);
        return TestProfiles.bind(keys);
    }

    private static LoadPlan plan(ConnectionProfile profile, LoadChoices choices) {
        return LoadPlanner.plan(profile, FILE, SourceSettings.csv(), COLUMNS, choices);
    }

    private static LoadChoices keys(LoadMode mode, List<String> keys) {
        LoadChoices none = LoadChoices.none();
        return new LoadChoices(
                none.schema(),
                none.table(),
                Optional.of(mode),
                keys,
                none.path(),
                none.maxErrors(),
                none.rejects(),
                false,
                TableOptions.NONE);
    }

    private static LoadChoices table(Optional<String> schema, Optional<String> table) {
        LoadChoices none = LoadChoices.none();
        return new LoadChoices(
                schema,
                table,
                none.mode(),
                List.of(),
                none.path(),
                none.maxErrors(),
                none.rejects(),
                false,
                TableOptions.NONE);
    }

    @Test
    void chosenMergeKeysWinOverTheProfilesUniqueConstraints() {
        ConnectionProfile profile = profile(Map.of("unique_constraints", List.of("id")));

        assertThat(plan(profile, keys(LoadMode.MERGE, List.of("order_id"))).mergeKeys())
                .containsExactly("order_id");
        assertThat(plan(profile, keys(LoadMode.MERGE, List.of())).mergeKeys())
                .as("no key chosen: the profile's")
                .containsExactly("id");
    }

    @Test
    void aMergeWithoutAChosenKeyOrAUniqueConstraintIsRefused() {
        assertThatThrownBy(() -> plan(profile(Map.of()), keys(LoadMode.MERGE, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A merge needs key columns");
    }

    @Test
    void theModeIsTheChosenOneElseMergeWhenTheProfileSaysSoElseAppend() {
        ConnectionProfile merging = profile(Map.of("use_merge_load", true, "unique_constraints", List.of("id")));

        assertThat(plan(profile(Map.of()), LoadChoices.none()).mode()).isEqualTo(LoadMode.APPEND);
        assertThat(plan(merging, LoadChoices.none()).mode()).isEqualTo(LoadMode.MERGE);
        assertThat(plan(merging, keys(LoadMode.TRUNCATE, List.of())).mode()).isEqualTo(LoadMode.TRUNCATE);
    }

    @Test
    void theTableIsNamedAfterTheFileUpToItsFirstDotInTheProfilesSchema() {
        assertThat(plan(profile(Map.of()), LoadChoices.none()).target())
                .isEqualTo(new TableName("sales", "orders_2026"));
        assertThat(plan(profile(Map.of("lower_case", false)), LoadChoices.none())
                        .target()
                        .table())
                .isEqualTo("Orders_2026");
    }

    @Test
    void theChosenTableAndSchemaWinOverTheProfilesWhichWinsOverTheFile() {
        ConnectionProfile withTable = profile(Map.of("table", "orders"));

        assertThat(plan(withTable, LoadChoices.none()).target()).isEqualTo(new TableName("sales", "orders"));
        assertThat(plan(withTable, table(Optional.of("staging"), Optional.of("o")))
                        .target())
                .isEqualTo(new TableName("staging", "o"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            orders.csv,            orders
            Orders 2026.csv.gz,    orders_2026
            orders.v1-final.json,  orders
            2026-orders.tsv,       _2026_orders
            .hidden.csv,           _hidden_csv
            """)
    void aFileNamesItsTable(String fileName, String table) {
        assertThat(LoadPlanner.tableNamedAfter(Path.of("/in", fileName), true)).isEqualTo(table);
    }

    @Test
    void whatIsNotChosenIsTheAutomaticPathAllOrNothingAndTheDefaultRejectsFile() {
        LoadPlan plan = plan(profile(Map.of()), LoadChoices.none());

        assertThat(plan.path()).isEqualTo(LoadPath.AUTO);
        assertThat(plan.maxErrors()).isZero();
        assertThat(plan.rejectsFile()).isEmpty();
        assertThat(plan.dryRun()).isFalse();
        assertThat(plan.tableOptions()).isEqualTo(TableOptions.NONE);
    }

    @Test
    void theCommandLinesChoicesGoOverTheJobsAndTheJobsFillTheRest() {
        LoadChoices given = new LoadChoices(
                Optional.empty(),
                Optional.of("given"),
                Optional.empty(),
                List.of(),
                Optional.of(LoadPath.INSERT),
                Optional.empty(),
                Optional.of(Path.of("r.csv")),
                true,
                new TableOptions(Optional.of("id"), List.of()));
        LoadJob job = new LoadJob(
                "warehouse",
                FILE,
                JobSourceSettings.detected(),
                LoadChoices.saved(
                        Optional.of("jobs"),
                        Optional.of("from_job"),
                        Optional.of(LoadMode.MERGE),
                        List.of("id"),
                        Optional.of(LoadPath.COPY),
                        Optional.of(5)),
                List.of());

        LoadChoices chosen = given.over(job.choices());

        assertThat(chosen)
                .isEqualTo(new LoadChoices(
                        Optional.of("jobs"),
                        Optional.of("given"),
                        Optional.of(LoadMode.MERGE),
                        List.of("id"),
                        Optional.of(LoadPath.INSERT),
                        Optional.of(5),
                        Optional.of(Path.of("r.csv")),
                        true,
                        new TableOptions(Optional.of("id"), List.of())));
    }
}
