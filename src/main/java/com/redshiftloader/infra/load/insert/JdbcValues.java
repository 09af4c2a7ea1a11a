package com.redshiftloader.infra.load.insert;

import com.redshiftloader.domain.schema.types.IsoDateTimeText;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/** Binds converted values to statement parameters with their SQL types, so no value needs a CAST. */
final class JdbcValues {

    private JdbcValues() {}

    /** The JDBC type of a column's values (used for NULLs and for values the server must parse itself). */
    static int sqlType(RedshiftType type) {
        return switch (type) {
            case RedshiftType.Varchar varchar -> Types.VARCHAR;
            case RedshiftType.Char fixed -> Types.VARCHAR;
            case RedshiftType.Decimal decimal -> Types.NUMERIC;
            case ScalarType scalar ->
                switch (scalar) {
                    case BOOLEAN -> Types.BOOLEAN;
                    case SMALLINT, INTEGER, BIGINT -> Types.BIGINT;
                    case REAL, DOUBLE_PRECISION -> Types.DOUBLE;
                    case DATE -> Types.DATE;
                    case TIMESTAMP -> Types.TIMESTAMP;
                    case TIMESTAMPTZ -> Types.TIMESTAMP_WITH_TIMEZONE;
                    case SUPER -> Types.VARCHAR;
                    case TIME, TIMETZ, VARBYTE, GEOMETRY -> Types.OTHER;
                };
        };
    }

    static void bind(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, sqlType == Types.OTHER ? Types.VARCHAR : sqlType);
            case String text when sqlType == Types.OTHER -> statement.setObject(index, text, Types.OTHER);
            case String text -> statement.setString(index, text);
            case Long number -> statement.setLong(index, number);
            case BigDecimal number -> statement.setBigDecimal(index, number);
            case Boolean flag -> statement.setBoolean(index, flag);
            case Double number -> statement.setDouble(index, number);
            // as text, not setObject(LocalDateTime): the drivers format a LocalDateTime in the JVM's time zone, which
            // moves a time in its spring-forward gap (02:30 becomes 03:30 in New York on the day clocks change)
            case LocalDateTime timestamp -> statement.setObject(index, IsoDateTimeText.text(timestamp), Types.OTHER);
            default -> statement.setObject(index, value);
        }
    }
}
