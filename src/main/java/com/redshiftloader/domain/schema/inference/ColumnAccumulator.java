package com.redshiftloader.domain.schema.inference;

import com.redshiftloader.domain.schema.types.BooleanText;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.schema.types.TypeCategory;
import com.redshiftloader.domain.schema.types.VarcharSizing;
import com.redshiftloader.domain.source.NullTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Infers one column's type value by value, so that a whole file streams through it. The candidates, narrowest
 * first: BOOLEAN; SMALLINT, INTEGER, BIGINT, DECIMAL(p,s), DOUBLE PRECISION; DATE, TIMESTAMP, TIMESTAMPTZ; SUPER
 * (JSON objects or arrays); VARCHAR(n). Values of different families (a number after a date) make the column text.
 * Not thread-safe.
 */
public final class ColumnAccumulator {

    private static final int SAMPLES = 5;
    private static final int SAMPLE_WITHIN = 10_000;

    private enum Family {
        NONE,
        BOOLEAN,
        NUMBER,
        TEMPORAL,
        JSON,
        TEXT
    }

    private final String source;
    private final NullTokens nullTokens;
    private final NumericShape number = new NumericShape();
    private final TemporalShape temporal = new TemporalShape();
    private final NumericSummary numeric = new NumericSummary();
    private final TemporalSummary dates = new TemporalSummary();
    private final List<String> samples = new ArrayList<>(SAMPLES);
    private final List<RuledOut> ruledOut = new ArrayList<>();
    private Family family = Family.NONE;
    private boolean objects;
    private boolean arrays;
    private long values;
    private long nulls;
    private int maxBytes;
    private long tooLong;
    private RuledOut firstTooLong;

    /**
     * @param source the column's name in the file
     * @param nullTokens values that stand for NULL
     */
    public ColumnAccumulator(String source, Set<String> nullTokens) {
        this.source = source;
        this.nullTokens = new NullTokens(nullTokens);
    }

    /** Counts nulls that happened before this column was first seen (JSON keys appear late). */
    public void addNulls(long count) {
        nulls += count;
    }

    /**
     * Takes one value.
     *
     * @param value the raw value, or null when the record has none (missing JSON key, JSON null)
     * @param line the physical line of the record
     */
    public void accept(CharSequence value, long line) {
        if (value == null || nullTokens.matches(value)) {
            nulls++;
            return;
        }
        values++;
        int bytes = VarcharSizing.utf8Length(value);
        if (bytes > maxBytes) {
            maxBytes = bytes;
        }
        if (bytes > RedshiftType.MAX_VARCHAR_BYTES) {
            tooLong(value, line);
        }
        if (samples.size() < SAMPLES && values <= SAMPLE_WITHIN) {
            sample(value);
        }
        if (family != Family.TEXT) {
            classify(value, line);
        }
    }

    private void classify(CharSequence value, long line) {
        switch (family) {
            case NONE -> family = firstFamily(value, line);
            case BOOLEAN -> keepIf(BooleanText.isWord(value), value, line);
            case NUMBER -> keepIf(number.scan(value) && numeric.add(number, value, line, ruledOut), value, line);
            case TEMPORAL -> keepIf(temporal.scan(value) && dates.add(temporal, value, line, ruledOut), value, line);
            case JSON -> keepIf(isJson(value), value, line);
            case TEXT -> {}
        }
    }

    private Family firstFamily(CharSequence value, long line) {
        if (BooleanText.isWord(value)) {
            return Family.BOOLEAN;
        }
        if (number.scan(value) && numeric.add(number, value, line, ruledOut)) {
            return Family.NUMBER;
        }
        if (temporal.scan(value) && dates.add(temporal, value, line, ruledOut)) {
            return Family.TEMPORAL;
        }
        if (isJson(value)) {
            return Family.JSON;
        }
        ruledOut.add(new RuledOut("BOOLEAN, numbers, dates and SUPER", shorten(value), line));
        return Family.TEXT;
    }

    private void keepIf(boolean fits, CharSequence value, long line) {
        if (!fits) {
            ruledOut.add(new RuledOut(currentType().sql(), shorten(value), line));
            family = Family.TEXT;
        }
    }

    private boolean isJson(CharSequence value) {
        if (value.length() < 2) {
            return false;
        }
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        if (first == '{' && last == '}') {
            objects = true;
            return true;
        }
        if (first == '[' && last == ']') {
            arrays = true;
            return true;
        }
        return false;
    }

    private void tooLong(CharSequence value, long line) {
        tooLong++;
        if (firstTooLong == null) {
            firstTooLong = new RuledOut("VARCHAR(65535)", shorten(value), line);
        }
    }

    private RedshiftType currentType() {
        return switch (family) {
            case NONE, TEXT -> new RedshiftType.Varchar(Math.min(VarcharSizing.lengthFor(maxBytes), 65_535));
            case BOOLEAN -> ScalarType.BOOLEAN;
            case NUMBER -> numeric.type();
            case TEMPORAL -> dates.type();
            case JSON -> ScalarType.SUPER;
        };
    }

    /** The inference so far (call at the end of the file for the final answer). */
    public ColumnInference result() {
        List<String> notes = new ArrayList<>();
        RedshiftType type = currentType();
        TypeCategory category = type.category();
        Optional<TemporalPattern> pattern = Optional.empty();
        Optional<String> loadFormat = Optional.empty();
        if (family == Family.NONE) {
            type = new RedshiftType.Varchar(256);
            notes.add("Only null values: VARCHAR(256) by default; choose a type if you know it.");
        } else if (family == Family.TEMPORAL) {
            pattern = Optional.of(dates.pattern());
            loadFormat = pattern.map(TemporalPattern::redshiftFormat);
            dates.ambiguity().ifPresent(notes::add);
        } else if (family == Family.JSON) {
            category = objects ? TypeCategory.OBJECT : TypeCategory.ARRAY;
        } else if (family == Family.NUMBER) {
            numeric.note().ifPresent(notes::add);
        }
        if (tooLong > 0) {
            notes.add(tooLong + " value(s) exceed 65,535 bytes, the most a VARCHAR holds; they would not load."
                    + " Use SUPER, or shorten them in the file.");
        }
        ColumnEvidence evidence = new ColumnEvidence(
                values, nulls, maxBytes, samples, ruledOut, tooLong, Optional.ofNullable(firstTooLong));
        return new ColumnInference(source, type, category, pattern, loadFormat, evidence, notes);
    }

    public String source() {
        return source;
    }

    public static String shorten(CharSequence value) {
        String text = value.toString();
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    private void sample(CharSequence value) {
        for (String sample : samples) {
            if (sample.contentEquals(value)) {
                return;
            }
        }
        samples.add(shorten(value));
    }
}
