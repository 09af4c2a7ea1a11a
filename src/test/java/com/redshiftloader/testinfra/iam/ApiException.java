package com.redshiftloader.testinfra.iam;

/** Ends the handling of a request with an AWS error answer. */
final class ApiException extends Exception {

    private final transient ApiError error;

    ApiException(int status, String code, String message) {
        super(code + ": " + message, null, false, false);
        this.error = new ApiError(status, code, message);
    }

    ApiError error() {
        return error;
    }
}
