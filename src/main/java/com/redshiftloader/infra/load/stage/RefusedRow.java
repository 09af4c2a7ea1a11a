package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadException;

/**
 * The database refused one row while a reject budget allows it: the load's transaction is rolled back (Redshift has
 * no savepoints to undo one row), and {@link JdbcLoader} runs the load again with that source line set aside for the
 * rejects file. Unchecked so that it passes through the fillers' signatures; it never leaves the loader.
 */
public final class RefusedRow extends RuntimeException {

    private final LoadException refusal;

    RefusedRow(LoadException refusal) {
        super(refusal.getMessage(), refusal, false, false);
        this.refusal = refusal;
    }

    /** The database's refusal, naming the source line (always present) and, when known, the column. */
    public LoadException refusal() {
        return refusal;
    }

    public long line() {
        return refusal.line().orElseThrow();
    }
}
