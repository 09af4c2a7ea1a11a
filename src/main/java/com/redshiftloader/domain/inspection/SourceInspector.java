package com.redshiftloader.domain.inspection;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.schema.validation.ValidationReport;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.EncodingEvidence;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads source files for the Source and Columns steps. All methods block; run them on a background thread.
 * Problems reading the file are {@link SourceFormatException}s naming the file, line and column.
 */
public interface SourceInspector {

    /**
     * Detects the settings (unless given) and reads the first rows; fast whatever the file's size.
     *
     * @param settings settings chosen by the user, or empty to detect them
     * @param rows how many records to read at most
     */
    SourcePreview preview(Path file, Optional<SourceSettings> settings, int rows);

    /** Detects the settings from the start of the file. */
    SourceSettings detect(Path file);

    /** Why {@link #detect} chooses the encoding it does: valid UTF-8, UTF-8 but for some bytes, windows-1252, a BOM. */
    EncodingEvidence encodingEvidence(Path file);

    /** Reads the whole file and infers each column's type; stops early when cancelled. */
    ScanOutcome scan(Path file, SourceSettings settings, ScanListener listener, CancellationToken cancellation);

    /**
     * Reads the whole file and checks each value against the chosen column types, as the load reads it.
     *
     * @param patterns the detected date or timestamp layout per column name
     */
    Optional<ValidationReport> validate(
            Path file,
            SourceSettings settings,
            List<ColumnSpec> columns,
            Map<String, TemporalPattern> patterns,
            ScanListener listener,
            CancellationToken cancellation);
}
