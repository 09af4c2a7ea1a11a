package com.redshiftloader.testinfra.iam;

/** An HTTP answer ready to send; {@code errorCode} is {@code null} for a success. */
record ApiResponse(int status, String contentType, String body, String errorCode) {}
