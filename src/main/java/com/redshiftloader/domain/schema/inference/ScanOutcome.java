package com.redshiftloader.domain.schema.inference;

import com.redshiftloader.domain.source.SourceWarning;
import java.util.List;

/** How a full scan ended. A file that cannot be read ends with a {@link SourceFormatException} instead. */
public sealed interface ScanOutcome {

    /**
     * The whole file was read.
     *
     * @param columns the inferred columns in file order, with evidence
     * @param records the number of records (header excluded)
     * @param warnings the first warnings (ragged rows and the like)
     * @param warningCount all warnings
     * @param replacedBytes bad UTF-8 sequences read as U+FFFD (only when the settings chose to replace them)
     */
    record Completed(
            List<ColumnInference> columns,
            long records,
            List<SourceWarning> warnings,
            long warningCount,
            long replacedBytes)
            implements ScanOutcome {
        public Completed {
            columns = List.copyOf(columns);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The scan stopped because it was cancelled or its thread interrupted.
     *
     * @param bytesRead bytes read when it stopped
     * @param records records read when it stopped
     */
    record Cancelled(long bytesRead, long records) implements ScanOutcome {}
}
