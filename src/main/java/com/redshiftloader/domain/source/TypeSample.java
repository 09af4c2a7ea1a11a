package com.redshiftloader.domain.source;

import com.redshiftloader.domain.schema.ColumnInference;
import java.util.List;

/**
 * Column types inferred from some of a file's rows.
 *
 * @param columns the inference per column
 * @param wholeFile whether every row of the file was read (the types are then final)
 */
public record TypeSample(List<ColumnInference> columns, boolean wholeFile) {

    public TypeSample {
        columns = List.copyOf(columns);
    }
}
