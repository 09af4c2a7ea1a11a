package com.redshiftloader.domain.sql;

import static com.redshiftloader.domain.sql.SqlIdentifiers.quote;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL (engine=postgres and the local sandbox): SUPER becomes JSONB, no DISTKEY/SORTKEY, standard string
 * literals, and loads through {@code COPY … FROM STDIN} instead of S3.
 */
public final class PostgresDialect extends SqlDialect {

    @Override
    public String engineName() {
        return "PostgreSQL";
    }

    /** A lock other writers (and other loads) wait for, while readers go on reading. */
    @Override
    public String lockTable(TableName table) {
        return "LOCK TABLE " + table.sql() + " IN SHARE ROW EXCLUSIVE MODE";
    }

    @Override
    public String typeSql(RedshiftType type) {
        if (type == ScalarType.SUPER) {
            return "JSONB";
        }
        if (type == ScalarType.GEOMETRY) {
            return "TEXT";
        }
        if (type == ScalarType.VARBYTE) {
            return "BYTEA";
        }
        return type.sql();
    }

    /** Standard-conforming strings: only the quote is doubled. */
    @Override
    public String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A SQL literal cannot hold a NUL character");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String placeholder(ColumnSpec column) {
        return column.type() == ScalarType.SUPER ? "CAST(? AS JSONB)" : "?";
    }

    @Override
    protected String createTempTableLike(String stage, TableName target) {
        return "CREATE TEMP TABLE " + quote(stage) + " (LIKE " + target.sql() + " INCLUDING DEFAULTS)";
    }

    /** COPY from the client's stream, CSV with a header line, empty unquoted fields as NULL. */
    public String copyFromStdin(String table, List<String> columns) {
        return "COPY " + table + " "
                + columns.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", ", "(", ")"))
                + " FROM STDIN WITH (FORMAT csv, HEADER true, NULL '')";
    }

    /** COPY of values in PostgreSQL's binary form (the loader encodes them; the server parses no text). */
    public String copyBinary(String table, List<String> columns) {
        return "COPY " + table + " "
                + columns.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", ", "(", ")"))
                + " FROM STDIN WITH (FORMAT binary)";
    }
}
