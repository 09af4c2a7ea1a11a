package com.redshiftloader.domain.schema.types;

/** The order of year, month and day in a date, with the separator it was seen with. */
public enum DateOrder {
    YMD_DASH("YYYY-MM-DD", "uuuu-M-d"),
    YMD_SLASH("YYYY/MM/DD", "uuuu/M/d"),
    MDY_SLASH("MM/DD/YYYY", "M/d/uuuu"),
    DMY_SLASH("DD/MM/YYYY", "d/M/uuuu"),
    MDY_DASH("MM-DD-YYYY", "M-d-uuuu"),
    DMY_DASH("DD-MM-YYYY", "d-M-uuuu"),
    DMY_DOT("DD.MM.YYYY", "d.M.uuuu");

    private final String redshift;
    private final String java;

    DateOrder(String redshift, String java) {
        this.redshift = redshift;
        this.java = java;
    }

    /** The Redshift DATEFORMAT string. */
    public String redshiftFormat() {
        return redshift;
    }

    /** The java.time pattern (one-or-two-digit month and day). */
    public String javaPattern() {
        return java;
    }

    public int bit() {
        return 1 << ordinal();
    }
}
