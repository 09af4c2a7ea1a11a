package com.redshiftloader.domain.load;

import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnNames;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the load plan from what the user chose and, for what they left open, from the profile and the file: the
 * one place, for the command line and the window alike, that names the table and falls back on the profile's merge
 * keys and mode.
 */
public final class LoadPlanner {

    private LoadPlanner() {}

    /**
     * The plan to load {@code file}, read with {@code settings}, as {@code columns} into the target of {@code profile}.
     *
     * @throws IllegalArgumentException when the choices cannot make a plan (a merge without keys, a negative budget)
     */
    public static LoadPlan plan(
            ConnectionProfile profile,
            Path file,
            SourceSettings settings,
            List<ColumnSpec> columns,
            LoadChoices choices) {
        return new LoadPlan(
                profile,
                file,
                settings,
                columns,
                target(profile, file, choices),
                choices.mode().orElse(profile.useMergeLoad() ? LoadMode.MERGE : LoadMode.APPEND),
                choices.mergeKeys().isEmpty() ? profile.uniqueConstraints() : choices.mergeKeys(),
                choices.path().orElse(LoadPath.AUTO),
                choices.maxErrors().orElse(0),
                choices.rejects(),
                choices.dryRun(),
                choices.tableOptions());
    }

    /** The table chosen, else the profile's, else named after the file; in the chosen schema, else the profile's. */
    public static TableName target(ConnectionProfile profile, Path file, LoadChoices choices) {
        String table = choices.table().or(profile::table).orElseGet(() -> tableNamedAfter(file, profile.lowerCase()));
        return new TableName(choices.schema().orElse(profile.schema()), table);
    }

    /**
     * A table named after the file: its name up to the first dot, as a column name would be normalised
     * ({@code Orders 2026.csv.gz} is {@code orders_2026}).
     */
    public static String tableNamedAfter(Path file, boolean lowerCase) {
        String fileName = file.getFileName().toString();
        int dot = fileName.indexOf('.');
        return ColumnNames.single(dot > 0 ? fileName.substring(0, dot) : fileName, lowerCase, 1);
    }
}
