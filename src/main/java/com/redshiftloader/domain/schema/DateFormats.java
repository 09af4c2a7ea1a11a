package com.redshiftloader.domain.schema;

import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.types.DateLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The user's date layouts for a file's columns, each given by source name or by target name. */
public final class DateFormats {

    private DateFormats() {}

    /**
     * The inferences with each given layout applied ({@link ColumnInference#withLayout}).
     *
     * @param named the columns as resolved (with their target names), to find a layout given by target name
     * @param layouts the layouts by source or target name
     * @throws IllegalArgumentException when a layout names no column; the message lists the file's columns
     */
    public static List<ColumnInference> apply(
            List<ColumnInference> inferred, List<ColumnSpec> named, Map<String, DateLayout> layouts) {
        List<ColumnInference> applied = new ArrayList<>(inferred);
        layouts.forEach((column, layout) -> {
            int position = position(inferred, named, column);
            applied.set(position, inferred.get(position).withLayout(layout));
        });
        return List.copyOf(applied);
    }

    private static int position(List<ColumnInference> inferred, List<ColumnSpec> named, String column) {
        for (int i = 0; i < inferred.size(); i++) {
            if (inferred.get(i).source().equals(column)) {
                return i;
            }
        }
        for (ColumnSpec spec : named) {
            if (spec.name().equalsIgnoreCase(column)) {
                return spec.position();
            }
        }
        throw new IllegalArgumentException("A date format is given for " + column
                + ", which is not a column of the file; give a source or target name: "
                + inferred.stream().map(ColumnInference::source).collect(Collectors.joining(", ")));
    }
}
