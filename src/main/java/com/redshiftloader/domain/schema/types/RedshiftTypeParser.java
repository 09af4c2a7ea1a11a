package com.redshiftloader.domain.schema.types;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a type as a user types it ({@code varchar(10)}, {@code numeric(12,2)}, {@code int8}, {@code timestamptz},
 * {@code super}, {@code text}) into a {@link RedshiftType}, with Redshift's aliases and defaults: {@code TEXT} and a
 * bare {@code VARCHAR} are VARCHAR(256), {@code VARCHAR(MAX)} is VARCHAR(65535), a bare {@code DECIMAL} is
 * DECIMAL(18,0), a bare {@code CHAR} is CHAR(1).
 */
public final class RedshiftTypeParser {

    private static final Pattern SHAPE =
            Pattern.compile("([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*([a-z0-9]+)\\s*(?:,\\s*([0-9]+)\\s*)?\\))?");

    private static final Map<String, ScalarType> SCALARS = Map.ofEntries(
            Map.entry("boolean", ScalarType.BOOLEAN),
            Map.entry("bool", ScalarType.BOOLEAN),
            Map.entry("smallint", ScalarType.SMALLINT),
            Map.entry("int2", ScalarType.SMALLINT),
            Map.entry("integer", ScalarType.INTEGER),
            Map.entry("int", ScalarType.INTEGER),
            Map.entry("int4", ScalarType.INTEGER),
            Map.entry("bigint", ScalarType.BIGINT),
            Map.entry("int8", ScalarType.BIGINT),
            Map.entry("real", ScalarType.REAL),
            Map.entry("float4", ScalarType.REAL),
            Map.entry("double precision", ScalarType.DOUBLE_PRECISION),
            Map.entry("float8", ScalarType.DOUBLE_PRECISION),
            Map.entry("float", ScalarType.DOUBLE_PRECISION),
            Map.entry("date", ScalarType.DATE),
            Map.entry("time", ScalarType.TIME),
            Map.entry("time without time zone", ScalarType.TIME),
            Map.entry("timetz", ScalarType.TIMETZ),
            Map.entry("time with time zone", ScalarType.TIMETZ),
            Map.entry("timestamp", ScalarType.TIMESTAMP),
            Map.entry("timestamp without time zone", ScalarType.TIMESTAMP),
            Map.entry("timestamptz", ScalarType.TIMESTAMPTZ),
            Map.entry("timestamp with time zone", ScalarType.TIMESTAMPTZ),
            Map.entry("super", ScalarType.SUPER),
            Map.entry("varbyte", ScalarType.VARBYTE),
            Map.entry("varbinary", ScalarType.VARBYTE),
            Map.entry("binary varying", ScalarType.VARBYTE),
            Map.entry("geometry", ScalarType.GEOMETRY));

    private RedshiftTypeParser() {}

    /**
     * @throws InvalidTypeException when the text is not a Redshift type, with the reason
     */
    public static RedshiftType parse(String text) {
        String normalized = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher matcher = SHAPE.matcher(normalized);
        if (!matcher.matches()) {
            throw unknown(text);
        }
        String name = matcher.group(1).strip();
        String first = matcher.group(2);
        String second = matcher.group(3);
        return switch (name) {
            case "varchar", "character varying", "nvarchar" -> new RedshiftType.Varchar(length(text, first, 256));
            case "text" -> noParameters(text, first, new RedshiftType.Varchar(256));
            case "char", "character", "nchar", "bpchar" -> new RedshiftType.Char(length(text, first, 1));
            case "decimal", "numeric" -> decimal(text, first, second);
            default -> {
                ScalarType scalar = SCALARS.get(name);
                if (scalar == null) {
                    throw unknown(text);
                }
                yield noParameters(text, first, scalar);
            }
        };
    }

    private static int length(String text, String first, int absent) {
        if (first == null) {
            return absent;
        }
        if (first.equals("max")) {
            return RedshiftType.MAX_VARCHAR_BYTES;
        }
        return number(text, first);
    }

    private static RedshiftType decimal(String text, String first, String second) {
        if (first == null) {
            return new RedshiftType.Decimal(18, 0);
        }
        return new RedshiftType.Decimal(number(text, first), second == null ? 0 : number(text, second));
    }

    private static RedshiftType noParameters(String text, String first, RedshiftType type) {
        if (first != null) {
            throw new InvalidTypeException("'" + text.strip() + "': " + type.sql() + " takes no length or precision.");
        }
        return type;
    }

    private static int number(String text, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new InvalidTypeException("'" + text.strip() + "': '" + digits + "' is not a whole number.");
        }
    }

    private static InvalidTypeException unknown(String text) {
        return new InvalidTypeException("'" + text.strip()
                + "' is not a Redshift type. Use for example VARCHAR(256), DECIMAL(12,2), BIGINT, DOUBLE PRECISION,"
                + " BOOLEAN, DATE, TIMESTAMP, TIMESTAMPTZ or SUPER.");
    }
}
