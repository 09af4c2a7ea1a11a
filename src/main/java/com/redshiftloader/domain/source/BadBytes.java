package com.redshiftloader.domain.source;

import java.util.Locale;

/** What a load does with bytes that are not valid in a UTF-8 file: refuse the file, or replace each bad sequence. */
public enum BadBytes {
    /** The file is refused with the line and byte of the first bad byte: nothing changes. */
    REFUSE,
    /** Each bad sequence is read as U+FFFD (the replacement character) and counted in the load's summary. */
    REPLACE;

    /** The word used on the command line and in job files: {@code refuse} or {@code replace}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@code refuse} or {@code replace}.
     *
     * @throws IllegalArgumentException naming the choices
     */
    public static BadBytes of(String word) {
        for (BadBytes choice : values()) {
            if (choice.word().equalsIgnoreCase(word.strip())) {
                return choice;
            }
        }
        throw new IllegalArgumentException(
                "'" + word + "' is not a choice for bad bytes; use refuse or replace (U+FFFD for each bad sequence).");
    }
}
