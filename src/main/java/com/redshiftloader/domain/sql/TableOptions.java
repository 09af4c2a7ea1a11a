package com.redshiftloader.domain.sql;

import java.util.List;
import java.util.Optional;

/** Redshift's physical table options for CREATE TABLE; PostgreSQL ignores them. */
public record TableOptions(Optional<String> distKey, List<String> sortKeys) {

    public static final TableOptions NONE = new TableOptions(Optional.empty(), List.of());

    public TableOptions {
        sortKeys = List.copyOf(sortKeys);
    }
}
