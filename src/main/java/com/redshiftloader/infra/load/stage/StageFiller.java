package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Fills a session-private stage table (already created by the loader, shaped like the target plus the source-line
 * column) with the plan's rows, inside the caller's transaction: by multi-row INSERT, by PostgreSQL's COPY FROM
 * STDIN, or by S3 staging and Redshift COPY. The loader then moves the stage into the target per the load mode.
 */
public interface StageFiller {

    /**
     * @param table the stage, or the target when {@link #fillsTarget()}
     * @param rows the plan and its rows, converted and checked
     * @return the rows the stage (or target) got, as the database counted them: {@link LandedRowsCheck} holds them
     *     against the rows the load read and did not reject
     */
    long fill(Connection connection, FillTable table, RowSource rows, LoadListener listener)
            throws SQLException, LoadException, InterruptedException;

    /** Whether this filler can write straight into the target (without the stage's source-line column). */
    default boolean fillsTarget() {
        return true;
    }

    /** Whether a dry run really writes the rows (to roll them back); a COPY with NOLOAD only checks them. */
    default boolean writesInDryRun() {
        return true;
    }
}
