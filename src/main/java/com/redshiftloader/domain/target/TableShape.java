package com.redshiftloader.domain.target;

import com.redshiftloader.domain.sql.TableName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An existing table's columns, in table order, and its rows.
 *
 * @param name its schema and name, as the catalog spells them
 * @param columns its columns with their types
 * @param rows how many rows it holds now; empty when the user may not read it
 */
public record TableShape(TableName name, List<Column> columns, OptionalLong rows) {

    public TableShape {
        columns = List.copyOf(columns);
    }

    /**
     * A column of the table.
     *
     * @param name as the catalog spells it
     * @param type as the database spells it, e.g. {@code character varying(20)}
     */
    public record Column(String name, String type) {}

    /** The column named {@code wanted}: the exact spelling first, else ignoring case (as Redshift folds names). */
    public Optional<Column> column(String wanted) {
        return columns.stream().filter(c -> c.name().equals(wanted)).findFirst().or(() -> columns.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst());
    }
}
