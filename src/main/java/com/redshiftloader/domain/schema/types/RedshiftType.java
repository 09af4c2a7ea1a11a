package com.redshiftloader.domain.schema.types;

/**
 * A Redshift column type. {@link #sql()} gives the text used in DDL, for example {@code VARCHAR(12)} or {@code
 * DECIMAL(10,2)}. Parse user-typed type names with {@link RedshiftTypeParser}.
 */
public sealed interface RedshiftType permits ScalarType, RedshiftType.Decimal, RedshiftType.Varchar, RedshiftType.Char {

    /** The largest VARCHAR in bytes. */
    int MAX_VARCHAR_BYTES = 65_535;

    /** The largest CHAR in bytes. */
    int MAX_CHAR_BYTES = 4_096;

    /** The largest DECIMAL precision. */
    int MAX_DECIMAL_PRECISION = 38;

    /** The type as written in DDL. */
    String sql();

    /** The category this type belongs to, for {@link TypeMapping}. */
    TypeCategory category();

    /**
     * DECIMAL(p,s).
     *
     * @param precision total digits, 1 to 38
     * @param scale digits after the point, 0 to precision
     */
    record Decimal(int precision, int scale) implements RedshiftType {
        public Decimal {
            if (precision < 1 || precision > MAX_DECIMAL_PRECISION) {
                throw new InvalidTypeException("DECIMAL precision must be between 1 and 38, not " + precision + ".");
            }
            if (scale < 0 || scale > precision) {
                throw new InvalidTypeException(
                        "DECIMAL scale must be between 0 and the precision (" + precision + "), not " + scale + ".");
            }
        }

        @Override
        public String sql() {
            return "DECIMAL(" + precision + "," + scale + ")";
        }

        @Override
        public TypeCategory category() {
            return scale == 0 ? TypeCategory.INTEGER : TypeCategory.NUMBER;
        }
    }

    /**
     * VARCHAR(n), n in UTF-8 bytes.
     *
     * @param bytes 1 to 65,535
     */
    record Varchar(int bytes) implements RedshiftType {
        public Varchar {
            if (bytes < 1 || bytes > MAX_VARCHAR_BYTES) {
                throw new InvalidTypeException("VARCHAR length must be between 1 and 65535 bytes, not " + bytes + ".");
            }
        }

        @Override
        public String sql() {
            return "VARCHAR(" + bytes + ")";
        }

        @Override
        public TypeCategory category() {
            return TypeCategory.STRING;
        }
    }

    /**
     * CHAR(n), n in bytes.
     *
     * @param bytes 1 to 4,096
     */
    record Char(int bytes) implements RedshiftType {
        public Char {
            if (bytes < 1 || bytes > MAX_CHAR_BYTES) {
                throw new InvalidTypeException("CHAR length must be between 1 and 4096 bytes, not " + bytes + ".");
            }
        }

        @Override
        public String sql() {
            return "CHAR(" + bytes + ")";
        }

        @Override
        public TypeCategory category() {
            return TypeCategory.STRING;
        }
    }
}
