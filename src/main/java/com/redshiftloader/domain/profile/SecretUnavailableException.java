package com.redshiftloader.domain.profile;

/** A secret refers to an environment variable that is not set. */
public final class SecretUnavailableException extends RuntimeException {

    public SecretUnavailableException(String message) {
        super(message);
    }
}
