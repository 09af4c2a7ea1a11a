package com.redshiftloader.domain.load;

/** What a load does to the target table. */
public enum LoadMode {
    /** Add the rows (the default). */
    APPEND,
    /** Empty the table, then add the rows, in one transaction. */
    TRUNCATE,
    /** Load a stage, then swap it in atomically; a failure leaves the old table. */
    REPLACE,
    /** Update rows whose keys match, insert the others ({@code use_merge_load}). */
    MERGE,
    /** Refuse to load when the table exists. */
    FAIL_IF_EXISTS;

    /**
     * Whether the load locks an existing target first: these modes read or empty it, so two such loads of one table
     * at the same time must run one after the other (else duplicate keys, or both files' rows).
     */
    public boolean locksTarget() {
        return this == MERGE || this == REPLACE || this == TRUNCATE;
    }
}
