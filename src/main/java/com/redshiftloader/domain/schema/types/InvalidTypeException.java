package com.redshiftloader.domain.schema.types;

/** A type name or type parameters that Redshift does not accept; the message says what would be accepted. */
public final class InvalidTypeException extends IllegalArgumentException {

    public InvalidTypeException(String message) {
        super(message);
    }
}
