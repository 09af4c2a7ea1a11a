package com.redshiftloader.domain.inspection;

import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.SourceWarning;
import java.util.List;

/**
 * The first records of a file, read quickly, with the settings detected (or given).
 *
 * @param settings the settings used to read the file
 * @param columns the column names (header, or generated, or JSON keys seen in the preview)
 * @param rows the first records
 * @param columnsFromRows types inferred from the preview rows only (the full scan may widen them)
 * @param warnings problems met in the preview rows
 */
public record SourcePreview(
        SourceSettings settings,
        List<String> columns,
        List<SourceRecord> rows,
        List<ColumnInference> columnsFromRows,
        List<SourceWarning> warnings) {

    public SourcePreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        columnsFromRows = List.copyOf(columnsFromRows);
        warnings = List.copyOf(warnings);
    }
}
