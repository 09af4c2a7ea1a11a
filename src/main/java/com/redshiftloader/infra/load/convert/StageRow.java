package com.redshiftloader.infra.load.convert;

/**
 * One source record converted for the stage.
 *
 * @param line the record's source line (the stage's {@code __source_line})
 * @param values the bound values in plan column order; {@code null} is SQL NULL
 * @param bytes an estimate of the values' size in a statement (UTF-8 bytes plus overhead)
 */
public record StageRow(long line, Object[] values, long bytes) {}
