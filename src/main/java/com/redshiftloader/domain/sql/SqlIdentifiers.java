package com.redshiftloader.domain.sql;

/** The one place identifiers are quoted: every schema, table and column name in generated SQL goes through it. */
public final class SqlIdentifiers {

    private SqlIdentifiers() {}

    /** {@code "name"}, with each {@code "} inside doubled. */
    public static String quote(String identifier) {
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("An identifier must be non-empty and free of NUL characters.");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."table"}. */
    public static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
