package com.redshiftloader.testinfra.redshift;

/** A COPY the stand-in refuses, with the message Redshift would give; the client receives it as an SQL error. */
final class RedshiftCopyException extends RuntimeException {

    RedshiftCopyException(String message) {
        super(message);
    }

    RedshiftCopyException(String message, Throwable cause) {
        super(message, cause);
    }
}
