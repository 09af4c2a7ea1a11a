package com.redshiftloader.domain.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresDialectTest {

    private final PostgresDialect dialect = new PostgresDialect();
    private final TableName table = new TableName("public", "events");
    private final List<ColumnSpec> columns = List.of(
            new ColumnSpec(0, "id", "id", ScalarType.INTEGER, ColumnSpec.Origin.INFERRED),
            new ColumnSpec(1, "payload", "payload", ScalarType.SUPER, ColumnSpec.Origin.INFERRED),
            new ColumnSpec(2, "note", "note", new RedshiftType.Varchar(10), ColumnSpec.Origin.INFERRED));

    @Test
    void superBecomesJsonbAndRedshiftTableOptionsAreDropped() {
        assertThat(dialect.createTable(table, columns, new TableOptions(Optional.of("id"), List.of("id"))))
                .isEqualTo("""
                        CREATE TABLE "public"."events" (
                          "id" INTEGER,
                          "payload" JSONB,
                          "note" VARCHAR(10)
                        )""");
        assertThat(dialect.insertRows(table.sql(), columns, 1, false))
                .isEqualTo(
                        "INSERT INTO \"public\".\"events\" (\"id\", \"payload\", \"note\") VALUES (?, CAST(? AS JSONB), ?)");
    }

    @Test
    void stageCopiesDefaultsAndLiteralsKeepBackslashes() {
        assertThat(dialect.createStage("s", table).getFirst())
                .isEqualTo("CREATE TEMP TABLE \"s\" (LIKE \"public\".\"events\" INCLUDING DEFAULTS)");
        assertThat(dialect.literal("a\\b'c")).isEqualTo("'a\\b''c'");
    }

    @Test
    void loadsThroughCopyFromStdin() {
        assertThat(dialect.copyFromStdin("\"s\"", List.of("id", "note")))
                .isEqualTo("COPY \"s\" (\"id\", \"note\") FROM STDIN WITH (FORMAT csv, HEADER true, NULL '')");
    }
}
