package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadPlanner;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.ui.load.LoadStepViewModel.PlanResult;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plans the load from the earlier steps' choices and the Load step's options, through the same planner as the command
 * line: the table chosen on the Target step (else named after the file unless the profile names one), the profile's
 * merge keys when none is ticked.
 */
public final class WizardPlanSource implements LoadStepViewModel.PlanSource {

    private final Supplier<LoadStepInput> input;

    /** @param input the earlier steps' choices, copied when a plan is asked for */
    public WizardPlanSource(Supplier<LoadStepInput> input) {
        this.input = input;
    }

    @Override
    public PlanResult plan(LoadMode mode, LoadPath path, int maxErrors, boolean dryRun) {
        LoadStepInput chosen = input.get();
        if (chosen.profile().isEmpty()) {
            return new PlanResult.NotReady("Choose a valid connection on the Connection step.");
        }
        Optional<String> missing = chosen.sourceOrColumnsMissing();
        if (missing.isPresent()) {
            return new PlanResult.NotReady(missing.get());
        }
        Optional<TableName> target = chosen.target().table();
        LoadChoices choices = new LoadChoices(
                target.map(TableName::schema),
                target.map(TableName::table),
                Optional.of(mode),
                chosen.columns().mergeKeys(),
                Optional.of(path),
                Optional.of(maxErrors),
                Optional.empty(),
                dryRun,
                TableOptions.NONE);
        LoadPlan plan = LoadPlanner.plan(
                chosen.profile().get(),
                chosen.file().orElseThrow(),
                chosen.settings().orElseThrow(),
                chosen.columns().chosen(),
                choices);
        return new PlanResult.Ready(plan, chosen.sandbox(), chosen.columns().temporalPatterns());
    }
}
