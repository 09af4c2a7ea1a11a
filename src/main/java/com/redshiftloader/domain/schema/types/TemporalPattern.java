package com.redshiftloader.domain.schema.types;

import java.time.format.DateTimeFormatter;

/**
 * How the dates or timestamps of one column are written: either detected by inference ({@link DetectedPattern}) or
 * given by the user in Redshift's DATEFORMAT / TIMEFORMAT syntax ({@link DateLayout}). Checking, conversion and the
 * loaders read values through it alone, so both kinds work everywhere.
 */
public sealed interface TemporalPattern permits DetectedPattern, DateLayout {

    /** Whether values carry a time of day (a TIMESTAMP rather than a DATE). */
    boolean hasTime();

    /** Whether values carry a zone offset. */
    boolean zone();

    /** The layout in Redshift's DATEFORMAT / TIMEFORMAT syntax ({@code MON DD YYYY}), or {@code auto}. */
    String redshiftFormat();

    /** A strict java.time formatter for the values: 30 February is refused, not moved to a valid day. */
    DateTimeFormatter toFormatter();

    /**
     * Whether an ISO 8601 value ({@code 2024-03-31 13:45:00}) reads the same through the fast ISO reader as through
     * {@link #toFormatter()}; false for a user's layout, which alone decides what its column accepts.
     */
    boolean isoCompatible();

    /** What a value that does not parse is told, after "not a valid date" (e.g. {@code : does not match MON DD YYYY}). */
    String mismatch();
}
