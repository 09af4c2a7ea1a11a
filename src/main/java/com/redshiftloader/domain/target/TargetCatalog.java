package com.redshiftloader.domain.target;

import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.sql.TableName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the window reads of the destination before a load: the tables a load may go into, with their row counts; a
 * table's columns and types; and how a plan's columns meet an existing table (the loader's own check, run ahead).
 * Every call connects, so it belongs off the UI thread.
 */
public interface TargetCatalog {

    /** The tables of the destination's own schemas (not the system's), by schema and name, each with its rows. */
    List<TableSummary> tables(ConnectionProfile profile) throws TargetCatalogException;

    /** The table's columns and rows, or empty when there is no such table (matched case-insensitively). */
    Optional<TableShape> table(ConnectionProfile profile, TableName table) throws TargetCatalogException;

    /**
     * How each of the plan's columns meets its target table, in the plan's order: the check the load runs while it
     * prepares the target, reading the whole file for a column whose values may not all fit.
     *
     * @param patterns the date or timestamp layout per plan column name (the others are ISO 8601), as the load is given
     *     them: a column's values are read in its layout
     */
    List<ColumnFit> fit(LoadPlan plan, Map<String, TemporalPattern> patterns) throws TargetCatalogException;
}
