package com.redshiftloader.domain.load;

/** The stages of a load, as shown to the user. */
public enum LoadPhase {
    PREPARING,
    READING,
    STAGING,
    UPLOADING,
    COPYING,
    MERGING,
    COMMITTING,
    CLEANING_UP
}
