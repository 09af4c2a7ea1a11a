package com.redshiftloader.testinfra.iam;

/**
 * The two AWS wire protocols the endpoint speaks, with the signing name each service's SigV4 scope must carry and
 * the error codes AWS uses in each for the same authentication failure (Query services and JSON services name
 * them differently).
 */
enum Protocol {
    /** Provisioned Redshift: AWS Query, form-encoded requests and XML answers. */
    QUERY(
            "redshift",
            "MissingAuthenticationToken",
            "IncompleteSignature",
            "InvalidClientTokenId",
            "SignatureDoesNotMatch",
            "ExpiredToken",
            "AccessDenied"),
    /** Redshift Serverless: AWS JSON 1.1, {@code X-Amz-Target} and JSON bodies. */
    JSON(
            "redshift-serverless",
            "MissingAuthenticationTokenException",
            "IncompleteSignatureException",
            "UnrecognizedClientException",
            "InvalidSignatureException",
            "ExpiredTokenException",
            "AccessDeniedException");

    final String signingName;
    final String missingToken;
    final String incompleteSignature;
    final String invalidToken;
    final String badSignature;
    final String expiredToken;
    final String accessDenied;

    Protocol(
            String signingName,
            String missingToken,
            String incompleteSignature,
            String invalidToken,
            String badSignature,
            String expiredToken,
            String accessDenied) {
        this.signingName = signingName;
        this.missingToken = missingToken;
        this.incompleteSignature = incompleteSignature;
        this.invalidToken = invalidToken;
        this.badSignature = badSignature;
        this.expiredToken = expiredToken;
        this.accessDenied = accessDenied;
    }

    ApiException missingToken() {
        return new ApiException(403, missingToken, "Missing Authentication Token");
    }

    ApiException incompleteSignature(String message) {
        return new ApiException(403, incompleteSignature, message);
    }

    ApiException invalidToken() {
        return new ApiException(403, invalidToken, "The security token included in the request is invalid.");
    }

    ApiException badSignature(String message) {
        return new ApiException(403, badSignature, message);
    }

    ApiException expiredToken() {
        return new ApiException(403, expiredToken, "The security token included in the request is expired");
    }

    /** JSON services model AccessDeniedException with status 400; Query Redshift answers 403. */
    ApiException accessDenied(String message) {
        return new ApiException(this == QUERY ? 403 : 400, accessDenied, message);
    }
}
