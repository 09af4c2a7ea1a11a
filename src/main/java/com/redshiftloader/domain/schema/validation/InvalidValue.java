package com.redshiftloader.domain.schema.validation;

/**
 * A value that would not load.
 *
 * @param line the physical line of its record
 * @param value the value (shortened to 100 characters)
 * @param reason why it would not load
 */
public record InvalidValue(long line, String value, String reason) {}
