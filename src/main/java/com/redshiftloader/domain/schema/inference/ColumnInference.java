package com.redshiftloader.domain.schema.inference;

import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.DateTimeText;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.schema.types.TypeCategory;
import com.redshiftloader.domain.schema.types.ValueTextException;
import java.util.ArrayList;
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

    /**
     * This column read with the user's date layout: a DATE, or a TIMESTAMP when the layout has time parts, whatever
     * was detected. Every value must match the layout: a sample that does not is named in a note here, and Check
     * values and the load name every such value with its line.
     */
    public ColumnInference withLayout(DateLayout layout) {
        ScalarType type = layout.hasTime() ? ScalarType.TIMESTAMP : ScalarType.DATE;
        DateTimeText reader = new DateTimeText(Optional.of(layout));
        List<String> withNote = new ArrayList<>();
        withNote.add("Read with the date format " + layout.text() + " (given).");
        for (String sample : evidence.samples()) {
            try {
                reader.read(sample, type);
            } catch (ValueTextException e) {
                withNote.add("'" + sample + "' does not match " + layout.text()
                        + "; Check values lists every value that does not, with its line.");
                break;
            }
        }
        return new ColumnInference(
                source, type, type.category(), Optional.of(layout), Optional.of(layout.text()), evidence, withNote);
    }

    /** Epoch load formats a user may ask for. */
    public static final java.util.Set<String> EPOCH_FORMATS = java.util.Set.of("epochsecs", "epochmillisecs");

    /**
     * This column read as epoch times, when the user asked for it: whole numbers become a TIMESTAMP loaded with
     * {@code epochsecs} or {@code epochmillisecs}. Other columns are returned unchanged, with a note saying why.
     */
    public ColumnInference asEpoch(String format) {
        if (!EPOCH_FORMATS.contains(format)) {
            throw new IllegalArgumentException("An epoch format is epochsecs or epochmillisecs, not " + format);
        }
        if (category != TypeCategory.INTEGER || loadFormat.isPresent()) {
            java.util.List<String> withNote = new java.util.ArrayList<>(notes);
            withNote.add("Not read as " + format + ": the column holds " + type.sql() + " values, not whole numbers.");
            return new ColumnInference(source, type, category, temporalPattern, loadFormat, evidence, withNote);
        }
        return new ColumnInference(
                source,
                ScalarType.TIMESTAMP,
                TypeCategory.DATETIME,
                temporalPattern,
                Optional.of(format),
                evidence,
                notes);
    }
}
