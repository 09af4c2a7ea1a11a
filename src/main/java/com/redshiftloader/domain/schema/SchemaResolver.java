package com.redshiftloader.domain.schema;

import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.types.RedshiftType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides the final columns: inferred types, then the profile's {@link TypeMapping} per category, then the user's
 * per-column overrides (keyed by source name or target name); names from {@link ColumnNames}.
 */
public final class SchemaResolver {

    private SchemaResolver() {}

    public static List<ColumnSpec> resolve(
            List<ColumnInference> columns,
            TypeMapping mapping,
            Map<String, RedshiftType> overrides,
            boolean lowerCase) {
        List<String> names = ColumnNames.normalise(
                columns.stream().map(ColumnInference::source).toList(), lowerCase);
        List<ColumnSpec> specs = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ColumnInference column = columns.get(i);
            String name = names.get(i);
            RedshiftType override =
                    overrides.containsKey(column.source()) ? overrides.get(column.source()) : overrides.get(name);
            if (override != null) {
                specs.add(new ColumnSpec(i, column.source(), name, override, ColumnSpec.Origin.OVERRIDE));
            } else {
                RedshiftType mapped = mapping.apply(column);
                ColumnSpec.Origin origin =
                        mapped.equals(column.type()) ? ColumnSpec.Origin.INFERRED : ColumnSpec.Origin.TYPE_MAPPING;
                specs.add(new ColumnSpec(i, column.source(), name, mapped, origin));
            }
        }
        return List.copyOf(specs);
    }
}
