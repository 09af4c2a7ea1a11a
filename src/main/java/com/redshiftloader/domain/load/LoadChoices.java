package com.redshiftloader.domain.load;

import com.redshiftloader.domain.sql.TableOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the user chose for a load, on the command line (over a saved job's choices) or in the window. Each absent
 * value is left to {@link LoadPlanner}, which takes it from the profile or the file.
 *
 * @param schema the target schema (absent: the profile's)
 * @param table the target table (absent: the profile's, else named after the file)
 * @param mode what to do to the table (absent: merge when the profile sets use_merge_load, else append)
 * @param mergeKeys target column names to merge on (empty: the profile's unique_constraints)
 * @param path how rows reach the database (absent: automatic)
 * @param maxErrors rows that may be rejected (absent: none)
 * @param rejects where rejected rows go (absent: {@code <file>.rejects.csv} beside the file)
 * @param dryRun run everything, then roll back
 * @param tableOptions DISTKEY / SORTKEY for a table the load creates
 */
public record LoadChoices(
        Optional<String> schema,
        Optional<String> table,
        Optional<LoadMode> mode,
        List<String> mergeKeys,
        Optional<LoadPath> path,
        Optional<Integer> maxErrors,
        Optional<Path> rejects,
        boolean dryRun,
        TableOptions tableOptions) {

    public LoadChoices {
        mergeKeys = List.copyOf(mergeKeys);
    }

    /** Chooses nothing: the planner decides all. */
    public static LoadChoices none() {
        return saved(
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * The six choices a saved {@link LoadJob} holds. A job file has no key for the rejects file, a dry run or table
     * options: they are given on the command line for one run, so a job's choices leave them unset.
     */
    public static LoadChoices saved(
            Optional<String> schema,
            Optional<String> table,
            Optional<LoadMode> mode,
            List<String> mergeKeys,
            Optional<LoadPath> path,
            Optional<Integer> maxErrors) {
        return new LoadChoices(
                schema, table, mode, mergeKeys, path, maxErrors, Optional.empty(), false, TableOptions.NONE);
    }

    /** Whether these are choices a job can save: no rejects file, no dry run, no table options. */
    boolean savable() {
        return rejects.isEmpty() && !dryRun && tableOptions.equals(TableOptions.NONE);
    }

    /** These choices where they are made, else those of {@code fallback} (the command line's over a job's). */
    public LoadChoices over(LoadChoices fallback) {
        return new LoadChoices(
                schema.or(fallback::schema),
                table.or(fallback::table),
                mode.or(fallback::mode),
                mergeKeys.isEmpty() ? fallback.mergeKeys : mergeKeys,
                path.or(fallback::path),
                maxErrors.or(fallback::maxErrors),
                rejects.or(fallback::rejects),
                dryRun || fallback.dryRun,
                tableOptions.equals(TableOptions.NONE) ? fallback.tableOptions : tableOptions);
    }
}
