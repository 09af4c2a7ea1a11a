package com.redshiftloader.domain.sql;

/** A schema-qualified table name, unquoted; {@link #sql()} quotes it. */
public record TableName(String schema, String table) {

    public String sql() {
        return SqlIdentifiers.qualified(schema, table);
    }

    @Override
    public String toString() {
        return schema + "." + table;
    }
}
