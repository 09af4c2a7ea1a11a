package com.redshiftloader.domain.schema.inference;

/**
 * Evidence: the first value that ruled out a narrower candidate.
 *
 * @param candidate what was ruled out, for example {@code SMALLINT}, {@code DATE} or {@code MM/DD/YYYY}
 * @param value the value (shortened to 100 characters)
 * @param line the physical line of the record that holds it
 */
public record RuledOut(String candidate, String value, long line) {}
