package com.redshiftloader.infra.load.target;

import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An existing column's type, as {@code format_type} spells it, reduced to what matters for a conflict check; and
 * the check itself: can every value of the plan's type go into it without error or loss?
 */
record TableType(Kind kind, int size, int scale) {

    enum Kind {
        TEXT,
        INTEGER,
        DECIMAL,
        FLOAT,
        BOOLEAN,
        DATE,
        TIMESTAMP,
        OTHER
    }

    private static final Pattern SHAPE = Pattern.compile("([a-z ]+?)\\s*(?:\\((\\d+)(?:,(\\d+))?\\))?");

    static TableType parse(String formatType) {
        Matcher m = SHAPE.matcher(formatType.toLowerCase(Locale.ROOT).strip());
        if (!m.matches()) {
            return new TableType(Kind.OTHER, 0, 0);
        }
        int size = m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
        int scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return switch (m.group(1)) {
            case "character varying", "character", "text", "varchar", "char", "bpchar" ->
                new TableType(Kind.TEXT, size, 0);
            case "smallint" -> new TableType(Kind.INTEGER, 1, 0);
            case "integer" -> new TableType(Kind.INTEGER, 2, 0);
            case "bigint" -> new TableType(Kind.INTEGER, 3, 0);
            case "numeric" -> new TableType(Kind.DECIMAL, size == Integer.MAX_VALUE ? 1000 : size, scale);
            case "real", "double precision" -> new TableType(Kind.FLOAT, 0, 0);
            case "boolean" -> new TableType(Kind.BOOLEAN, 0, 0);
            case "date" -> new TableType(Kind.DATE, 0, 0);
            case "timestamp without time zone", "timestamp with time zone" -> new TableType(Kind.TIMESTAMP, 0, 0);
            default -> new TableType(Kind.OTHER, 0, 0);
        };
    }

    /** Why values of the plan's type may not fit this column, or empty when they do. */
    Optional<String> conflict(RedshiftType planned) {
        Kind from = kindOf(planned);
        return switch (kind) {
            case OTHER -> Optional.empty();
            case TEXT ->
                textBytes(planned)
                        .filter(bytes -> bytes > size)
                        .map(bytes -> "the file has values up to " + bytes + " bytes, longer than the column holds");
            case INTEGER ->
                from == Kind.INTEGER && integerRank(planned) <= size
                        ? Optional.empty()
                        : Optional.of(describe(planned) + " values do not all fit a whole-number column");
            case DECIMAL ->
                decimalFits(planned)
                        ? Optional.empty()
                        : Optional.of(describe(planned) + " values do not all fit the column's precision and scale");
            case FLOAT ->
                from == Kind.INTEGER || from == Kind.DECIMAL || from == Kind.FLOAT
                        ? Optional.empty()
                        : Optional.of(describe(planned) + " values are not numbers");
            case BOOLEAN ->
                from == Kind.BOOLEAN ? Optional.empty() : Optional.of(describe(planned) + " values are not booleans");
            case DATE, TIMESTAMP ->
                from == Kind.DATE || from == Kind.TIMESTAMP
                        ? Optional.empty()
                        : Optional.of(describe(planned) + " values are not dates or timestamps");
        };
    }

    private boolean decimalFits(RedshiftType planned) {
        return switch (planned) {
            case RedshiftType.Decimal d -> d.scale() <= scale && d.precision() - d.scale() <= size - scale;
            case ScalarType s when kindOf(s) == Kind.INTEGER -> integerRank(s) * 5 <= size - scale;
            default -> false;
        };
    }

    private static String describe(RedshiftType planned) {
        return kindOf(planned) == Kind.TEXT ? "the file's text (" + planned.sql() + ")" : "the file's " + planned.sql();
    }

    private static Optional<Integer> textBytes(RedshiftType planned) {
        return switch (planned) {
            case RedshiftType.Varchar v -> Optional.of(v.bytes());
            case RedshiftType.Char c -> Optional.of(c.bytes());
            default -> Optional.empty();
        };
    }

    private static int integerRank(RedshiftType planned) {
        return switch (planned) {
            case ScalarType.SMALLINT -> 1;
            case ScalarType.INTEGER -> 2;
            case RedshiftType.Decimal d -> d.precision() <= 4 ? 1 : d.precision() <= 9 ? 2 : 3;
            default -> 3;
        };
    }

    static Kind kindOf(RedshiftType planned) {
        return switch (planned) {
            case RedshiftType.Varchar v -> Kind.TEXT;
            case RedshiftType.Char c -> Kind.TEXT;
            case RedshiftType.Decimal d -> d.scale() == 0 ? Kind.INTEGER : Kind.DECIMAL;
            case ScalarType s ->
                switch (s) {
                    case SMALLINT, INTEGER, BIGINT -> Kind.INTEGER;
                    case REAL, DOUBLE_PRECISION -> Kind.FLOAT;
                    case BOOLEAN -> Kind.BOOLEAN;
                    case DATE -> Kind.DATE;
                    case TIMESTAMP, TIMESTAMPTZ -> Kind.TIMESTAMP;
                    default -> Kind.OTHER;
                };
        };
    }
}
