package com.redshiftloader.domain.schema;

import java.util.List;
import java.util.Optional;

/**
 * The type inferred for one source column, with its evidence.
 *
 * @param source the column's name in the file
 * @param type the narrowest Redshift type that holds every value seen
 * @param category the category for {@link TypeMapping} (OBJECT or ARRAY for SUPER values)
 * @param temporalPattern the date/timestamp layout when the type is DATE, TIMESTAMP or TIMESTAMPTZ
 * @param loadFormat the DATEFORMAT/TIMEFORMAT to load with ({@code epochsecs} for epoch numbers)
 * @param evidence counts, samples and the values that ruled out narrower types
 * @param notes remarks for the user (ambiguous dates, only nulls, values too long)
 */
public record ColumnInference(
        String source,
        RedshiftType type,
        TypeCategory category,
        Optional<TemporalPattern> temporalPattern,
        Optional<String> loadFormat,
        ColumnEvidence evidence,
        List<String> notes) {

    public ColumnInference {
        notes = List.copyOf(notes);
    }
}
