package com.redshiftloader.domain.target;

/** The destination's catalog could not be read: {@link #getMessage()} says why, {@link #fix()} what to do. */
public final class TargetCatalogException extends Exception {

    private final String fix;

    public TargetCatalogException(String message, String fix, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    /** What the user can do about it. */
    public String fix() {
        return fix;
    }
}
