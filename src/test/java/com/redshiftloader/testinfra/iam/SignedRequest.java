package com.redshiftloader.testinfra.iam;

import java.util.List;
import java.util.Map;

/**
 * The parts of an HTTP request that SigV4 covers.
 *
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, or {@code null}
 * @param headers header values by lower-case name
 */
record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, or {@code null}. */
    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
