package com.redshiftloader.domain.load;

import java.util.Locale;

/**
 * The stages of a load, as shown to the user. {@link #LOADING} is a load that sends its rows straight into the target;
 * {@link #STAGING} one that sends them into a stage table (a merge, or COPY from S3) first.
 */
public enum LoadPhase {
    PREPARING,
    LOADING,
    STAGING,
    UPLOADING,
    COPYING,
    MERGING,
    COMMITTING,
    CLEANING_UP;

    /** The phase as the user reads it in a progress line or a status: {@code Cleaning up}. */
    public String title() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
