package com.redshiftloader.domain.schema.types;

/** Redshift types without parameters. */
public enum ScalarType implements RedshiftType {
    BOOLEAN("BOOLEAN", TypeCategory.BOOLEAN),
    SMALLINT("SMALLINT", TypeCategory.INTEGER),
    INTEGER("INTEGER", TypeCategory.INTEGER),
    BIGINT("BIGINT", TypeCategory.INTEGER),
    REAL("REAL", TypeCategory.NUMBER),
    DOUBLE_PRECISION("DOUBLE PRECISION", TypeCategory.NUMBER),
    DATE("DATE", TypeCategory.DATE),
    TIME("TIME", TypeCategory.DATETIME),
    TIMETZ("TIMETZ", TypeCategory.DATETIME),
    TIMESTAMP("TIMESTAMP", TypeCategory.DATETIME),
    TIMESTAMPTZ("TIMESTAMPTZ", TypeCategory.DATETIME),
    SUPER("SUPER", TypeCategory.OBJECT),
    VARBYTE("VARBYTE", TypeCategory.STRING),
    GEOMETRY("GEOMETRY", TypeCategory.STRING);

    private final String sql;
    private final TypeCategory category;

    ScalarType(String sql, TypeCategory category) {
        this.sql = sql;
        this.category = category;
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public TypeCategory category() {
        return category;
    }
}
