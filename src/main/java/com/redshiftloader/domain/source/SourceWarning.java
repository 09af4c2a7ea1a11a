package com.redshiftloader.domain.source;

/**
 * Something in the file that was read, but not as the user may expect (a ragged row, a value too long).
 *
 * @param line the 1-based physical line
 * @param column the 1-based column, or 0 for the whole record
 * @param message what was seen and what was done about it
 */
public record SourceWarning(long line, int column, String message) {}
