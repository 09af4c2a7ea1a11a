package com.redshiftloader.infra.load.convert;

/** A source value that cannot become a value of its column's type; {@link #reason()} says why, for the user. */
public final class ConversionException extends Exception {

    private final String reason;

    ConversionException(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
