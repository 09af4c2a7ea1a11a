package com.redshiftloader.domain.schema.types;

/** A date or time layout that is not Redshift DATEFORMAT / TIMEFORMAT syntax; the message says what is accepted. */
public final class InvalidLayoutException extends IllegalArgumentException {

    public InvalidLayoutException(String message) {
        super(message);
    }
}
