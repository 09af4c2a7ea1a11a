package com.redshiftloader.domain.schema.types;

/**
 * A value whose text is not a value of its column's type; the message says why, for the user (the caller adds the
 * file, line, column and value). Thrown by the text rules ({@link NumberText}, {@link BooleanText}) that inference,
 * checking and conversion share.
 */
public final class ValueTextException extends Exception {

    public ValueTextException(String reason) {
        super(reason, null, false, false);
    }
}
