package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Load step takes from the earlier steps, copied on the FX thread each time it words a plan, starts a load
 * or saves a job; each value is empty while its step has none.
 *
 * @param profile the profile chosen on the Connection step (the sandbox's when the sandbox is chosen)
 * @param profileName the name chosen in the Connection step's list
 * @param sandbox whether the target is the local sandbox, which must be started before the load
 * @param file the source file
 * @param settings the settings the Source step reads the file with
 * @param detected the settings detected when the file was opened, before the user changed any
 * @param columns what the Columns step chose, mapped onto the Target step's table
 * @param target the table the Target step chose
 */
public record LoadStepInput(
        Optional<ConnectionProfile> profile,
        Optional<String> profileName,
        boolean sandbox,
        Optional<Path> file,
        Optional<SourceSettings> settings,
        Optional<SourceSettings> detected,
        ChosenColumns columns,
        ChosenTarget target) {

    /**
     * The Target step's choice.
     *
     * @param valid whether the step is complete
     * @param problem what must be fixed first, or empty
     * @param table the table chosen, or empty to leave it to the planner
     */
    public record ChosenTarget(boolean valid, String problem, Optional<TableName> table) {

        /** No choice: the planner names the table. */
        public static final ChosenTarget PLANNED = new ChosenTarget(true, "", Optional.empty());
    }

    /**
     * The Columns step's choices.
     *
     * @param valid whether the step is complete
     * @param problem what must be fixed first, or empty
     * @param chosen the columns to create and load
     * @param temporalPatterns the date and timestamp layouts per chosen column, by target name
     * @param mergeKeys the merge keys ticked, by target name
     * @param jobColumns the changed types, names and exclusions, for a saved job
     */
    public record ChosenColumns(
            boolean valid,
            String problem,
            List<ColumnSpec> chosen,
            Map<String, TemporalPattern> temporalPatterns,
            List<String> mergeKeys,
            List<JobColumn> jobColumns) {

        public ChosenColumns {
            chosen = List.copyOf(chosen);
            temporalPatterns = Map.copyOf(temporalPatterns);
            mergeKeys = List.copyOf(mergeKeys);
            jobColumns = List.copyOf(jobColumns);
        }
    }

    /** Why the Source, Columns or Target step is not ready for a load, or empty when all are. */
    Optional<String> sourceOrColumnsMissing() {
        if (file.isEmpty() || settings.isEmpty()) {
            return Optional.of("Choose a readable source file on the Source step.");
        }
        if (!columns.valid()) {
            return Optional.of("Fix the columns: " + columns.problem());
        }
        if (!target.valid()) {
            return Optional.of("Choose the target on the Target step: " + target.problem());
        }
        return Optional.empty();
    }
}
