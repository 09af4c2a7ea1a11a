package com.redshiftloader.cli;

import com.redshiftloader.domain.load.JobSourceSettings;
import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadJob;
import java.nio.file.Path;
import java.util.List;

/** {@code --job FILE}: without one, {@link #NONE} stands in, a job that changes none of the options. */
final class JobArgument {

    /** Detected settings, no columns changed, no target, mode, keys, path or budget: the options decide all. */
    static final LoadJob NONE =
            new LoadJob("(none)", Path.of(""), JobSourceSettings.detected(), LoadChoices.none(), List.of());

    private JobArgument() {}
}
