package com.redshiftloader.domain.target;

import com.redshiftloader.domain.sql.TableName;
import java.util.OptionalLong;

/**
 * A table of the destination, as a list of tables shows it.
 *
 * @param name its schema and name, as the catalog spells them
 * @param rows how many rows it holds now; empty when the user may not read it
 */
public record TableSummary(TableName name, OptionalLong rows) {}
