package com.redshiftloader.domain.load;

import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a load needs, copied from the wizard or the command line before it starts.
 *
 * @param columns the columns to load, in target order; {@link ColumnSpec#position()} is the source field
 * @param mergeKeys target column names to match on for {@link LoadMode#MERGE}
 * @param maxErrors rows that may be rejected (to {@code rejectsFile}) before the load fails; 0 is all or nothing
 * @param dryRun validate and show the SQL without changing anything (COPY … NOLOAD on Redshift)
 * @param tableOptions DISTKEY / SORTKEY for a table the load creates (Redshift; PostgreSQL ignores them)
 */
public record LoadPlan(
        ConnectionProfile profile,
        Path file,
        SourceSettings settings,
        List<ColumnSpec> columns,
        TableName target,
        LoadMode mode,
        List<String> mergeKeys,
        LoadPath path,
        int maxErrors,
        Optional<Path> rejectsFile,
        boolean dryRun,
        TableOptions tableOptions) {

    public LoadPlan {
        columns = List.copyOf(columns);
        mergeKeys = List.copyOf(mergeKeys);
        if (mode == LoadMode.MERGE && mergeKeys.isEmpty()) {
            throw new IllegalArgumentException("A merge needs key columns: tick them in the Columns step, pass --key, "
                    + "or set unique_constraints in the profile.");
        }
        if (maxErrors < 0) {
            throw new IllegalArgumentException("The reject budget cannot be negative: " + maxErrors);
        }
    }

    /** The same plan for another profile (the sandbox's, once it has started). */
    public LoadPlan withProfile(ConnectionProfile newProfile) {
        return new LoadPlan(
                newProfile,
                file,
                settings,
                columns,
                target,
                mode,
                mergeKeys,
                path,
                maxErrors,
                rejectsFile,
                dryRun,
                tableOptions);
    }
}
