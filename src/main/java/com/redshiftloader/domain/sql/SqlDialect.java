package com.redshiftloader.domain.sql;

import static com.redshiftloader.domain.sql.SqlIdentifiers.quote;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The SQL the loader runs, as pure functions of names and types. This class holds what Redshift and PostgreSQL
 * share; {@link RedshiftDialect} and {@link PostgresDialect} override only what differs. Every identifier is quoted
 * through {@link SqlIdentifiers}; values are never inlined, but bound to the {@code ?} placeholders.
 */
public abstract class SqlDialect {

    /** The stage table's extra column holding each row's source line, so the last row in file order wins. */
    public static final String SOURCE_LINE_COLUMN = "__source_line";

    /** The name of the database engine, for messages. */
    public abstract String engineName();

    /** The column type as the engine spells it. */
    public String typeSql(RedshiftType type) {
        return type.sql();
    }

    /** A string literal, quoted and escaped for this engine. */
    public abstract String literal(String value);

    /** The placeholder for one value of the column, e.g. {@code ?} or {@code JSON_PARSE(?)} for SUPER. */
    public String placeholder(ColumnSpec column) {
        return column.type() == ScalarType.SUPER ? "JSON_PARSE(?)" : "?";
    }

    public String createSchemaIfNotExists(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
    }

    public String createTable(TableName table, List<ColumnSpec> columns, TableOptions options) {
        StringJoiner definitions = new StringJoiner(",\n", "(\n", "\n)");
        for (ColumnSpec column : columns) {
            definitions.add("  " + quote(column.name()) + " " + typeSql(column.type()));
        }
        return "CREATE TABLE " + table.sql() + " " + definitions + tableOptions(options);
    }

    /** What follows the column list in CREATE TABLE. */
    protected String tableOptions(TableOptions options) {
        return "";
    }

    /** One column per statement: Redshift rejects several in one ALTER TABLE. */
    public String addColumn(TableName table, ColumnSpec column) {
        return "ALTER TABLE " + table.sql() + " ADD COLUMN " + quote(column.name()) + " " + typeSql(column.type());
    }

    /**
     * A multi-row INSERT into a table given as SQL, each row followed by its source line when {@code sourceLine}.
     */
    public String insertRows(String tableSql, List<ColumnSpec> columns, int rows, boolean sourceLine) {
        if (rows < 1) {
            throw new IllegalArgumentException("An INSERT needs at least one row");
        }
        List<String> extraColumns = sourceLine ? List.of(SOURCE_LINE_COLUMN) : List.of();
        String names = columnList(columns, extraColumns);
        List<String> placeholders = new java.util.ArrayList<>(
                columns.stream().map(this::placeholder).toList());
        extraColumns.forEach(extra -> placeholders.add("?"));
        String row = "(" + String.join(", ", placeholders) + ")";
        StringBuilder sql = new StringBuilder(64 + rows * (row.length() + 2));
        sql.append("INSERT INTO ").append(tableSql).append(" ").append(names).append(" VALUES ");
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(row);
        }
        return sql.toString();
    }

    /** A session-private stage shaped like the target, plus the source line column. */
    public List<String> createStage(String stage, TableName target) {
        return List.of(
                createTempTableLike(stage, target),
                "ALTER TABLE " + quote(stage) + " ADD COLUMN " + quote(SOURCE_LINE_COLUMN) + " BIGINT");
    }

    protected abstract String createTempTableLike(String stage, TableName target);

    /**
     * Keeps only the last row (in file order) of each key in a new stage: MERGE fails when a target row matches
     * several source rows.
     */
    public String createDeduplicatedStage(
            String deduplicated, String stage, List<ColumnSpec> columns, List<String> keys) {
        String names = columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
        String partition = keys.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", "));
        return "CREATE TEMP TABLE " + quote(deduplicated) + " AS SELECT " + names + " FROM (SELECT " + names
                + ", ROW_NUMBER() OVER (PARTITION BY " + partition + " ORDER BY " + quote(SOURCE_LINE_COLUMN)
                + " DESC) AS \"__row_number\" FROM " + quote(stage) + ") AS ranked WHERE \"__row_number\" = 1";
    }

    /** Rows of the stage whose key matches a target row: the rows a merge will update. */
    public String countMatches(TableName target, String stage, List<String> keys) {
        return "SELECT COUNT(*) FROM " + quote(stage) + " JOIN " + target.sql() + " ON "
                + keyMatch(target, stage, keys);
    }

    /** Rows of the stage with a NULL in a key column (they never match with =). */
    public String countNullKeys(String stage, List<String> keys) {
        return "SELECT COUNT(*) FROM " + quote(stage) + " WHERE "
                + keys.stream().map(k -> quote(k) + " IS NULL").collect(Collectors.joining(" OR "));
    }

    public String countRows(String table) {
        return "SELECT COUNT(*) FROM " + table;
    }

    /** Upsert: update the target rows whose key matches, insert the others. */
    public String merge(TableName target, String stage, List<ColumnSpec> columns, List<String> keys) {
        String updates = columns.stream()
                .filter(c -> !keys.contains(c.name()))
                .map(c -> quote(c.name()) + " = " + quote(stage) + "." + quote(c.name()))
                .collect(Collectors.joining(", "));
        String names = columnList(columns, List.of());
        String values = columns.stream()
                .map(c -> quote(stage) + "." + quote(c.name()))
                .collect(Collectors.joining(", ", "(", ")"));
        return "MERGE INTO " + target.sql() + " USING " + quote(stage) + " ON " + keyMatch(target, stage, keys)
                + (updates.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET " + updates)
                + " WHEN NOT MATCHED THEN INSERT " + names + " VALUES " + values;
    }

    /** The classic upsert for clusters without MERGE: delete the matching rows, then insert the stage. */
    public List<String> deleteThenInsert(TableName target, String stage, List<ColumnSpec> columns, List<String> keys) {
        return List.of(
                "DELETE FROM " + target.sql() + " USING " + quote(stage) + " WHERE " + keyMatch(target, stage, keys),
                insertFromStage(target, stage, columns));
    }

    public String insertFromStage(TableName target, String stage, List<ColumnSpec> columns) {
        String names = columnList(columns, List.of());
        String selected = columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
        return "INSERT INTO " + target.sql() + " " + names + " SELECT " + selected + " FROM " + quote(stage);
    }

    /**
     * Locks a table until the transaction ends, so that concurrent loads of it run one after the other. Redshift's
     * LOCK is exclusive (readers wait too); it must come before the transaction's first read, which fixes its snapshot.
     */
    public String lockTable(TableName table) {
        return "LOCK " + table.sql();
    }

    /** Empties a table inside the transaction (TRUNCATE would commit it on Redshift). */
    public String deleteAll(TableName table) {
        return "DELETE FROM " + table.sql();
    }

    private String keyMatch(TableName target, String stage, List<String> keys) {
        return keys.stream()
                .map(k -> target.sql() + "." + quote(k) + " = " + quote(stage) + "." + quote(k))
                .collect(Collectors.joining(" AND "));
    }

    private static String columnList(List<ColumnSpec> columns, List<String> extra) {
        StringJoiner names = new StringJoiner(", ", "(", ")");
        columns.forEach(c -> names.add(quote(c.name())));
        extra.forEach(e -> names.add(quote(e)));
        return names.toString();
    }
}
