package com.redshiftloader.domain.schema.inference;

import java.util.List;
import java.util.Optional;

/**
 * Why a column got its type.
 *
 * @param values non-null values seen
 * @param nulls null values (null tokens, missing keys, JSON null)
 * @param maxBytes the longest value in UTF-8 bytes
 * @param samples a few distinct values, in order of appearance
 * @param ruledOut the first value that ruled out each narrower candidate, in the order it happened
 * @param tooLong values longer than a VARCHAR can hold (65,535 bytes)
 * @param firstTooLong the first of them, if any
 */
public record ColumnEvidence(
        long values,
        long nulls,
        int maxBytes,
        List<String> samples,
        List<RuledOut> ruledOut,
        long tooLong,
        Optional<RuledOut> firstTooLong) {

    public ColumnEvidence {
        samples = List.copyOf(samples);
        ruledOut = List.copyOf(ruledOut);
    }
}
