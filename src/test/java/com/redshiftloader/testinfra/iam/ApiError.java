package com.redshiftloader.testinfra.iam;

/**
 * An error answer, independent of the wire protocol: the HTTP status, the AWS error code the SDK maps to an
 * exception ({@code Code} in Query XML, {@code __type} in JSON) and the message.
 */
record ApiError(int status, String code, String message) {}
