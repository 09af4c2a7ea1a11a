package com.redshiftloader.domain.load;

/**
 * How multi-row INSERTs are cut: fewer than 32,767 bound parameters per statement (the drivers fail past it), at
 * most {@link #MAX_ROWS} rows, and less than {@link #MAX_BATCH_BYTES} of values (Redshift caps a statement at 16 MB,
 * leaving room for the SQL). One rule for the loader and for the SQL the Load step shows.
 */
public final class InsertBatches {

    /** The most bound parameters in one statement. */
    public static final int MAX_PARAMETERS = 32_767;

    /** Rows per statement at most, however narrow the rows (longer statements gain nothing). */
    public static final int MAX_ROWS = 4_000;

    /** Values per statement, in bytes: well under Redshift's 16 MB statement limit. */
    public static final long MAX_BATCH_BYTES = 8L * 1024 * 1024;

    /**
     * Statements sent in one round trip at most (a JDBC batch): the driver sends the next while the server runs the
     * previous one, so the server does not wait for the client between statements.
     */
    public static final int STATEMENTS_PER_ROUND_TRIP = 4;

    private InsertBatches() {}

    /** Rows per statement for a number of columns (plus the source-line column a stage has). */
    public static int rowsPerStatement(int columns) {
        return Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / (columns + 1)));
    }
}
