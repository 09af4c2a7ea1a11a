package com.redshiftloader.domain.schema.types;

import java.util.Locale;
import java.util.Optional;

/**
 * The categories a {@link TypeMapping} can retype: Mage's {@code type_mapping} keys ({@code object}, {@code array},
 * {@code string}, {@code datetime}, {@code number}) plus {@code integer}, {@code boolean} and {@code date}.
 */
public enum TypeCategory {
    OBJECT,
    ARRAY,
    STRING,
    DATETIME,
    NUMBER,
    INTEGER,
    BOOLEAN,
    DATE;

    /** The key as written in a profile's {@code type_mapping}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category for a profile key, case-insensitive. */
    public static Optional<TypeCategory> fromKey(String key) {
        for (TypeCategory category : values()) {
            if (category.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
