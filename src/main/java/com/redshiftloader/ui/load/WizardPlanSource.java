package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.ui.columns.ColumnsStepViewModel;
import com.redshiftloader.ui.connection.ConnectionStepViewModel;
import com.redshiftloader.ui.load.LoadStepViewModel.PlanResult;
import com.redshiftloader.ui.source.SourceStepViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Builds the load plan from what the earlier wizard steps hold, copied on the UI thread. */
public final class WizardPlanSource implements LoadStepViewModel.PlanSource {

    private final ConnectionStepViewModel connection;
    private final SourceStepViewModel source;
    private final ColumnsStepViewModel columns;

    public WizardPlanSource(
            ConnectionStepViewModel connection, SourceStepViewModel source, ColumnsStepViewModel columns) {
        this.connection = connection;
        this.source = source;
        this.columns = columns;
    }

    @Override
    public PlanResult plan(LoadMode mode, LoadPath path, int maxErrors, boolean dryRun) {
        Optional<ConnectionProfile> profile = connection.chosenProfile();
        Path file = source.fileProperty().get();
        Optional<SourceSettings> settings = source.effectiveSettings();
        if (profile.isEmpty()) {
            return new PlanResult.NotReady("Choose a valid connection on the Connection step.");
        }
        if (file == null || settings.isEmpty()) {
            return new PlanResult.NotReady("Choose a readable source file on the Source step.");
        }
        if (!columns.validProperty().get()) {
            return new PlanResult.NotReady(
                    "Fix the columns: " + columns.problemProperty().get());
        }
        List<ColumnSpec> chosen = columns.columns();
        List<String> keys = columns.mergeKeys().isEmpty() ? profile.get().uniqueConstraints() : columns.mergeKeys();
        if (mode == LoadMode.MERGE && keys.isEmpty()) {
            return new PlanResult.NotReady("A merge needs key columns: tick Merge key on the Columns step.");
        }
        Optional<Path> rejects = maxErrors > 0
                ? Optional.of(file.resolveSibling(file.getFileName() + ".rejects.csv"))
                : Optional.empty();
        LoadPlan plan = new LoadPlan(
                profile.get(),
                file,
                settings.get(),
                chosen,
                columns.table(),
                mode,
                keys,
                path,
                maxErrors,
                rejects,
                dryRun);
        return new PlanResult.Ready(plan, connection.sandboxSelectedProperty().get(), columns.temporalPatterns());
    }
}
