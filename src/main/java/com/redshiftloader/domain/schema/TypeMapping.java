package com.redshiftloader.domain.schema;

import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.types.InvalidTypeException;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.schema.types.TypeCategory;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A profile's {@code type_mapping}: a type per {@link TypeCategory} that replaces the inferred type of every column
 * in that category (for example {@code string: VARCHAR(1000)}, {@code object: SUPER}). Per-column overrides apply
 * over it (see {@link SchemaResolver}).
 *
 * @param types the replacement type per category; categories absent keep the inferred type
 */
public record TypeMapping(Map<TypeCategory, RedshiftType> types) {

    public TypeMapping {
        types = types.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(types));
    }

    /** No replacements. */
    public static TypeMapping none() {
        return new TypeMapping(Map.of());
    }

    /**
     * From profile text: keys are category names ({@code object}, {@code string}, …), values type strings.
     *
     * @throws InvalidTypeException for an unknown key or type, naming it
     */
    public static TypeMapping parse(Map<String, String> entries) {
        Map<TypeCategory, RedshiftType> types = new EnumMap<>(TypeCategory.class);
        entries.forEach((key, value) -> {
            TypeCategory category = TypeCategory.fromKey(key)
                    .orElseThrow(() -> new InvalidTypeException("type_mapping key '" + key
                            + "' is unknown; use object, array, string, datetime, number, integer, boolean or date."));
            types.put(category, RedshiftTypeParser.parse(value));
        });
        return new TypeMapping(types);
    }

    /** The replacement for a category, if the mapping has one. */
    public Optional<RedshiftType> typeFor(TypeCategory category) {
        return Optional.ofNullable(types.get(category));
    }

    /** The type for an inferred column: the mapping's type for its category, else the inferred type. */
    public RedshiftType apply(ColumnInference column) {
        return typeFor(column.category()).orElse(column.type());
    }
}
