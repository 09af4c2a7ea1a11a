package com.redshiftloader.ui.target;

import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.SourceSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Target step reads from the earlier steps, copied on the FX thread when the step is entered.
 *
 * @param profile the Connection step's profile (for the sandbox, before it is started)
 * @param sandbox whether the target is the Local sandbox, started before its tables are read
 * @param file the source file
 * @param settings the settings the file is read with
 * @param columns the Columns step's chosen columns, named as it names them
 * @param temporalPatterns the Columns step's date and time layouts (given or detected), by its column names
 */
public record TargetFeed(
        Optional<ConnectionProfile> profile,
        boolean sandbox,
        Optional<Path> file,
        Optional<SourceSettings> settings,
        List<ColumnSpec> columns,
        Map<String, TemporalPattern> temporalPatterns) {

    public TargetFeed {
        columns = List.copyOf(columns);
        temporalPatterns = Map.copyOf(temporalPatterns);
    }
}
