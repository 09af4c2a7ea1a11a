package com.redshiftloader.infra.load;

/** How a MERGE load updates the target. */
public enum MergeStrategy {
    /** {@code MERGE INTO … USING stage}; when the server rejects MERGE itself, the load runs again with DELETE_INSERT. */
    MERGE,
    /** {@code DELETE … USING stage} then {@code INSERT … SELECT}, for clusters without MERGE. */
    DELETE_INSERT
}
