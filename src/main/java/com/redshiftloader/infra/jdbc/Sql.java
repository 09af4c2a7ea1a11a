package com.redshiftloader.infra.jdbc;

/** SQL text helpers for the few statements this package writes itself. */
public final class Sql {

    private Sql() {}

    /** A double-quoted identifier, inner quotes doubled: {@code my "x"} becomes {@code "my ""x"""}. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
