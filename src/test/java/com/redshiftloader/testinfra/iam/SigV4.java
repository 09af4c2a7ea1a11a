package com.redshiftloader.testinfra.iam;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AWS Signature Version 4 computations, written from the specification rather than taken from the SDK, so that
 * the endpoint checks the SDK instead of agreeing with it by construction.
 */
final class SigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private SigV4() {}

    /** The signature of a request, given the signed header names and the scope {@code date/region/service}. */
    static String signature(
            SignedRequest request, List<String> signedHeaders, String amzDate, String scope, String secretKey) {
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest(request, signedHeaders).getBytes(StandardCharsets.UTF_8)));
        String[] scopeParts = scope.split("/");
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), scopeParts[0]);
        for (int i = 1; i < scopeParts.length; i++) {
            key = hmac(key, scopeParts[i]);
        }
        return hex(hmac(key, stringToSign));
    }

    static String canonicalRequest(SignedRequest request, List<String> signedHeaders) {
        String payloadHash = request.header("x-amz-content-sha256");
        if (payloadHash == null) {
            payloadHash = hex(sha256(request.body()));
        }
        return String.join(
                "\n",
                request.method(),
                canonicalUri(request.rawPath()),
                canonicalQuery(request.rawQuery()),
                canonicalHeaders(request.headers(), signedHeaders),
                String.join(";", signedHeaders),
                payloadHash);
    }

    /** Services other than S3 encode the already encoded path a second time. */
    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        return rawPath.chars()
                .mapToObj(c -> c == '/' ? "/" : uriEncode(Character.toString(c)))
                .collect(Collectors.joining());
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new String[] {uriEncode(decode(name)), uriEncode(decode(value))});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return pairs.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    }

    private static String canonicalHeaders(Map<String, List<String>> headers, List<String> signedHeaders) {
        StringBuilder canonical = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = headers.getOrDefault(name, List.of());
            String joined =
                    values.stream().map(v -> v.strip().replaceAll(" +", " ")).collect(Collectors.joining(","));
            canonical.append(name).append(':').append(joined).append('\n');
        }
        return canonical.toString();
    }

    /** RFC 3986 encoding as SigV4 wants it: unreserved characters kept, everything else as upper-case %XX. */
    static String uriEncode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return encoded.toString();
    }

    private static String decode(String text) {
        // The SDK never sends '+' for a space, so a literal '+' must survive decoding.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] data) {
        return HexFormat.of().formatHex(data);
    }
}
