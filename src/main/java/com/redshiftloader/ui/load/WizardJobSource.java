package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.JobSourceSettings;
import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlanner;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.ui.load.JobSource.JobResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The load job for the wizard's current choices: the saved profile by name, the file, the source settings the user
 * changed, the target (as the Target step chose it), the Load step's options and, per source column, the override, a
 * changed name (a column mapped onto the table's) or exclusion (a skipped one).
 */
public final class WizardJobSource implements JobSource {

    private final Supplier<LoadStepInput> input;

    /** @param input the earlier steps' choices, copied when a job is asked for */
    public WizardJobSource(Supplier<LoadStepInput> input) {
        this.input = input;
    }

    @Override
    public JobResult job(LoadMode mode, LoadPath path, int maxErrors) {
        LoadStepInput chosen = input.get();
        if (chosen.profileName().isEmpty() || chosen.profile().isEmpty() || chosen.sandbox()) {
            return new JobResult.NotReady(
                    "A job runs with a saved profile: choose or save one on the Connection step (not the sandbox).");
        }
        Optional<String> missing = chosen.sourceOrColumnsMissing();
        if (missing.isPresent()) {
            return new JobResult.NotReady(missing.get());
        }
        Path file = chosen.file().orElseThrow();
        SourceSettings settings = chosen.settings().orElseThrow();
        TableName table = chosen.target()
                .table()
                .orElseGet(() -> LoadPlanner.target(chosen.profile().get(), file, LoadChoices.none()));
        LoadJob job = new LoadJob(
                chosen.profileName().get(),
                file.toAbsolutePath(),
                chosen.detected()
                        .map(detected -> JobSourceSettings.between(detected, settings))
                        .orElse(JobSourceSettings.detected()),
                LoadChoices.saved(
                        Optional.of(table.schema()),
                        Optional.of(table.table()),
                        Optional.of(mode),
                        chosen.columns().mergeKeys(),
                        Optional.of(path),
                        Optional.of(maxErrors)),
                chosen.columns().jobColumns());
        return new JobResult.Ready(job, table.table() + ".job.yaml");
    }
}
