package com.redshiftloader.domain.load;

import com.redshiftloader.domain.sql.TableName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** What a finished load did. */
public record LoadReport(
        TableName target,
        LoadMode mode,
        LoadPath path,
        long rowsRead,
        long rowsInserted,
        long rowsUpdated,
        long rowsRejected,
        Duration duration,
        Optional<Path> rejectsFile,
        boolean dryRun) {}
