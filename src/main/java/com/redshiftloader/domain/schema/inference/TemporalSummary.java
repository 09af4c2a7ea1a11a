package com.redshiftloader.domain.schema.inference;

import com.redshiftloader.domain.schema.types.DateOrder;
import com.redshiftloader.domain.schema.types.DetectedPattern;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import java.util.List;
import java.util.Optional;

/** What the dates and timestamps of a column share: the date orders still possible, time, clock, zone. */
final class TemporalSummary {

    private static final int ALL_ORDERS = (1 << DateOrder.values().length) - 1;

    private int orders = ALL_ORDERS;
    private boolean any;
    private boolean time;
    private boolean dateOnly;
    private boolean clock12;
    private boolean clock24;
    private boolean seconds;
    private int fractionDigits;
    private boolean zone;
    private char separator = ' ';
    private int lastSignature = -1;

    /** Adds a scanned value; false when it is incompatible with the values before (the column becomes text). */
    boolean add(TemporalShape shape, CharSequence value, long line, List<RuledOut> ruledOut) {
        int signature = shape.signature();
        if (signature == lastSignature) {
            return true;
        }
        boolean added = merge(shape, value, line, ruledOut);
        if (added) {
            lastSignature = signature;
        }
        return added;
    }

    private boolean merge(TemporalShape shape, CharSequence value, long line, List<RuledOut> ruledOut) {
        int remaining = orders & shape.dateOrders;
        if (remaining == 0) {
            return false;
        }
        if (shape.hasTime && (shape.clock12 ? clock24 : clock12)) {
            return false;
        }
        RedshiftType before = any ? type() : ScalarType.DATE;
        noteLostOrders(remaining, value, line, ruledOut);
        orders = remaining;
        if (shape.hasTime) {
            if (!time) {
                separator = shape.dateTimeSeparator;
            }
            time = true;
            clock12 |= shape.clock12;
            clock24 |= !shape.clock12;
            seconds |= shape.seconds;
            fractionDigits = Math.max(fractionDigits, shape.fractionDigits);
            zone |= shape.zone;
        } else {
            dateOnly = true;
        }
        any = true;
        if (type() != before) {
            ruledOut.add(new RuledOut(before.sql(), ColumnAccumulator.shorten(value), line));
        }
        return true;
    }

    private void noteLostOrders(int remaining, CharSequence value, long line, List<RuledOut> ruledOut) {
        if (!any) {
            return;
        }
        for (DateOrder order : DateOrder.values()) {
            if ((orders & order.bit()) != 0 && (remaining & order.bit()) == 0) {
                ruledOut.add(new RuledOut(order.redshiftFormat(), ColumnAccumulator.shorten(value), line));
            }
        }
    }

    RedshiftType type() {
        if (!time) {
            return ScalarType.DATE;
        }
        return zone ? ScalarType.TIMESTAMPTZ : ScalarType.TIMESTAMP;
    }

    /** The pattern; month-first wins over day-first when nothing told them apart (see {@link #ambiguity()}). */
    DetectedPattern pattern() {
        DateOrder chosen = DateOrder.YMD_DASH;
        for (DateOrder order : DateOrder.values()) {
            if ((orders & order.bit()) != 0) {
                chosen = order;
                break;
            }
        }
        return new DetectedPattern(chosen, time, clock12, seconds, fractionDigits, zone, separator);
    }

    Optional<String> ambiguity() {
        boolean monthFirst = (orders & (DateOrder.MDY_SLASH.bit() | DateOrder.MDY_DASH.bit())) != 0;
        boolean dayFirst = (orders & (DateOrder.DMY_SLASH.bit() | DateOrder.DMY_DASH.bit())) != 0;
        String mixed = time && dateOnly ? " Some values have a time, some not." : "";
        if (monthFirst && dayFirst) {
            return Optional.of("Dates are ambiguous: no part is above 12, so month-first ("
                    + pattern().order().redshiftFormat() + ") is assumed; choose day-first if that is wrong." + mixed);
        }
        return mixed.isEmpty() ? Optional.empty() : Optional.of(mixed.strip());
    }
}
