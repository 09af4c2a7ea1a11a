package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.load.JobSourceSettings;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnNames;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.ui.columns.ColumnRow;
import com.redshiftloader.ui.columns.ColumnsStepViewModel;
import com.redshiftloader.ui.connection.ConnectionStepViewModel;
import com.redshiftloader.ui.load.JobSource.JobResult;
import com.redshiftloader.ui.source.SourceStepViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The load job for the wizard's current choices: the saved profile by name, the file, the source settings the user
 * changed, the target, the Load step's options and, per source column, the override, a changed name or exclusion.
 */
public final class WizardJobSource implements JobSource {

    private final ConnectionStepViewModel connection;
    private final SourceStepViewModel source;
    private final ColumnsStepViewModel columns;

    public WizardJobSource(
            ConnectionStepViewModel connection, SourceStepViewModel source, ColumnsStepViewModel columns) {
        this.connection = connection;
        this.source = source;
        this.columns = columns;
    }

    @Override
    public JobResult job(LoadMode mode, LoadPath path, int maxErrors) {
        String profileName = connection.selectedProfileProperty().get();
        Optional<ConnectionProfile> profile = connection.chosenProfile();
        Path file = source.fileProperty().get();
        Optional<SourceSettings> settings = source.effectiveSettings();
        if (profileName == null
                || profile.isEmpty()
                || connection.sandboxSelectedProperty().get()) {
            return new JobResult.NotReady(
                    "A job runs with a saved profile: choose or save one on the Connection step (not the sandbox).");
        }
        if (file == null || settings.isEmpty()) {
            return new JobResult.NotReady("Choose a readable source file on the Source step.");
        }
        if (!columns.validProperty().get()) {
            return new JobResult.NotReady(
                    "Fix the columns: " + columns.problemProperty().get());
        }
        TableName table = columns.table();
        LoadJob job = new LoadJob(
                profileName,
                file.toAbsolutePath(),
                source.detectedSettings()
                        .map(detected -> JobSourceSettings.between(detected, settings.get()))
                        .orElse(JobSourceSettings.detected()),
                Optional.of(table.schema()),
                Optional.of(table.table()),
                Optional.of(mode),
                columns.mergeKeys(),
                Optional.of(path),
                Optional.of(maxErrors),
                columnChoices(profile.get().lowerCase()));
        return new JobResult.Ready(job, table.table() + ".job.yaml");
    }

    private List<JobColumn> columnChoices(boolean lowerCase) {
        List<ColumnRow> rows = columns.rows();
        List<String> defaultNames =
                ColumnNames.normalise(rows.stream().map(ColumnRow::source).toList(), lowerCase);
        List<JobColumn> choices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ColumnRow row = rows.get(i);
            String override =
                    Optional.ofNullable(row.overrideProperty().get()).orElse("").strip();
            String name =
                    Optional.ofNullable(row.nameProperty().get()).orElse("").strip();
            JobColumn choice = new JobColumn(
                    row.source(),
                    override.isEmpty() ? Optional.empty() : Optional.of(RedshiftTypeParser.parse(override)),
                    name.equals(defaultNames.get(i)) ? Optional.empty() : Optional.of(name),
                    !row.includeProperty().get());
            if (!choice.isDefault()) {
                choices.add(choice);
            }
        }
        return choices;
    }
}
