package com.redshiftloader.ui.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.ui.load.LoadStepViewModel.PlanResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The window plans through the command line's planner: the same table name and the same merge-key fallback. */
class WizardPlanSourceTest {

    private static final List<ColumnSpec> COLUMNS =
            List.of(new ColumnSpec(0, "id", "id", ScalarType.BIGINT, ColumnSpec.Origin.INFERRED));

    private static ConnectionProfile profile(Map<String, Object> extra) {
        Map<String, Object> keys = new LinkedHashMap<>(
                Map.of("engine", "postgres", "host", "localhost", "database", "dev", "user", "me", "schema", "sales"));
        keys.putAll(extra);
        return TestProfiles.bind(keys);
    }

    private static LoadStepInput input(ConnectionProfile profile, Path file, List<String> ticked) {
        return new LoadStepInput(
                Optional.of(profile),
                Optional.of("warehouse"),
                false,
                Optional.of(file),
                Optional.of(SourceSettings.csv()),
                Optional.of(SourceSettings.csv()),
                new LoadStepInput.ChosenColumns(true, "", COLUMNS, Map.of(), ticked, List.of()),
                LoadStepInput.ChosenTarget.PLANNED);
    }

    private static PlanResult plan(LoadStepInput input, LoadMode mode) {
        return new WizardPlanSource(() -> input).plan(mode, LoadPath.AUTO, 0, false);
    }

    @Test
    void theTableIsNamedAfterTheFileUpToItsFirstDotAsOnTheCommandLine() {
        PlanResult result =
                plan(input(profile(Map.of()), Path.of("/in/orders.v1-final.csv"), List.of()), LoadMode.APPEND);

        assertThat(result).isInstanceOfSatisfying(PlanResult.Ready.class, ready -> assertThat(
                        ready.plan().target())
                .isEqualTo(new TableName("sales", "orders")));
    }

    @Test
    void withoutATickedKeyAMergeUsesTheProfilesUniqueConstraints() {
        ConnectionProfile profile = profile(Map.of("unique_constraints", List.of("id")));

        PlanResult result = plan(input(profile, Path.of("/in/orders.csv"), List.of()), LoadMode.MERGE);

        assertThat(result).isInstanceOfSatisfying(PlanResult.Ready.class, ready -> {
            LoadPlan plan = ready.plan();
            assertThat(plan.mergeKeys()).containsExactly("id");
            assertThat(plan.rejectsFile())
                    .as("the loader's default beside the file")
                    .isEmpty();
        });
    }

    @Test
    void aStepThatIsNotReadySaysWhichOne() {
        LoadStepInput ready = input(profile(Map.of()), Path.of("/in/orders.csv"), List.of());
        LoadStepInput noFile = new LoadStepInput(
                ready.profile(),
                ready.profileName(),
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ready.columns(),
                ready.target());

        assertThat(plan(noFile, LoadMode.APPEND))
                .isEqualTo(new PlanResult.NotReady("Choose a readable source file on the Source step."));
    }

    @Test
    void theTargetStepsTableIsPlannedAndAnUnfinishedTargetStepSaysSo() {
        LoadStepInput ready = input(profile(Map.of("table", "orders")), Path.of("/in/orders.csv"), List.of());
        LoadStepInput chosen = withTarget(
                ready, new LoadStepInput.ChosenTarget(true, "", Optional.of(new TableName("archive", "orders_2025"))));
        assertThat(plan(chosen, LoadMode.APPEND)).isInstanceOfSatisfying(PlanResult.Ready.class, result -> assertThat(
                        result.plan().target())
                .isEqualTo(new TableName("archive", "orders_2025")));

        LoadStepInput unfinished =
                withTarget(ready, new LoadStepInput.ChosenTarget(false, "Name the new table.", Optional.empty()));
        assertThat(plan(unfinished, LoadMode.APPEND))
                .isEqualTo(new PlanResult.NotReady("Choose the target on the Target step: Name the new table."));
    }

    private static LoadStepInput withTarget(LoadStepInput input, LoadStepInput.ChosenTarget target) {
        return new LoadStepInput(
                input.profile(),
                input.profileName(),
                input.sandbox(),
                input.file(),
                input.settings(),
                input.detected(),
                input.columns(),
                target);
    }
}
