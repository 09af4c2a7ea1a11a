package com.redshiftloader.domain.load;

import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.RedshiftType;
import java.util.Optional;

/**
 * A load job's choices for one source column: all absent means "as detected".
 *
 * @param source the column's name in the source file (the job's key for it)
 * @param type the type to create it with instead of the inferred one
 * @param name the target column name instead of the normalised source name
 * @param excluded whether the column is left out of the load
 * @param dateFormat the layout its dates or timestamps are written in, instead of the detected one
 */
public record JobColumn(
        String source,
        Optional<RedshiftType> type,
        Optional<String> name,
        boolean excluded,
        Optional<DateLayout> dateFormat) {

    public JobColumn {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("A job column needs its source column name.");
        }
        name = name.map(String::strip).filter(text -> !text.isEmpty());
    }

    /** A column's choices without a date format. */
    public JobColumn(String source, Optional<RedshiftType> type, Optional<String> name, boolean excluded) {
        this(source, type, name, excluded, Optional.empty());
    }

    /** Whether the column keeps every detected choice (and need not be written). */
    public boolean isDefault() {
        return type.isEmpty() && name.isEmpty() && !excluded && dateFormat.isEmpty();
    }
}
