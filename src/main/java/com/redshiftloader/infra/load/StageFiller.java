package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPlan;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Fills a session-private stage table (already created by the loader, shaped like the target plus the source-line
 * column) with the plan's rows, inside the caller's transaction: by multi-row INSERT, by PostgreSQL's COPY FROM
 * STDIN, or by S3 staging and Redshift COPY. The loader then moves the stage into the target per the load mode.
 */
public interface StageFiller {

    /**
     * @param stage the stage table's name (unquoted; a temp table)
     * @return the number of rows written to the stage
     */
    long fill(Connection connection, String stage, LoadPlan plan, LoadListener listener)
            throws SQLException, LoadException, InterruptedException;
}
