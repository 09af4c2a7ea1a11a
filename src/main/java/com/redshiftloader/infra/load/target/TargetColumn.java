package com.redshiftloader.infra.load.target;

/**
 * A column of the existing target table.
 *
 * @param name the name as the catalog spells it
 * @param type the type as {@code format_type} spells it, e.g. {@code character varying(20)}
 */
record TargetColumn(String name, String type) {}
