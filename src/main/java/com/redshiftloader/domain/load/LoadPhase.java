package com.redshiftloader.domain.load;

import java.util.Locale;

/** The stages of a load, as shown to the user. */
public enum LoadPhase {
    PREPARING,
    READING,
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
