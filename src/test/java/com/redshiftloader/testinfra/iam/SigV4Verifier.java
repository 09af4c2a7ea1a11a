package com.redshiftloader.testinfra.iam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks that a request carries a valid SigV4 {@code Authorization} header for a registered {@link AccessKey},
 * answering each failure with the error AWS gives for it, in the order AWS checks (token, scope, time, signature).
 */
final class SigV4Verifier {

    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Function<String, AccessKey> keys;
    private final Clock clock;

    SigV4Verifier(Function<String, AccessKey> keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The key that signed the request; throws the AWS error answer if the request is not properly signed. */
    AccessKey verify(SignedRequest request, Protocol protocol) throws ApiException {
        String authorization = request.header("authorization");
        if (authorization == null) {
            throw protocol.missingToken();
        }
        Map<String, String> fields = parseAuthorization(authorization, protocol);
        String[] credential = fields.get("Credential").split("/");
        if (credential.length != 5 || !credential[4].equals("aws4_request")) {
            throw protocol.incompleteSignature("Credential must have exactly 5 slash-delimited elements, e.g."
                    + " keyid/date/region/service/term, got '" + fields.get("Credential") + "'");
        }
        AccessKey key = keys.apply(credential[0]);
        if (key == null || !sessionTokenMatches(key, request.header("x-amz-security-token"))) {
            throw protocol.invalidToken();
        }
        if (!credential[3].equals(protocol.signingName)) {
            throw protocol.badSignature(
                    "Credential should be scoped to correct service: '" + protocol.signingName + "'. ");
        }
        String amzDate = checkDate(request, credential[1], protocol);
        List<String> signedHeaders = Arrays.asList(fields.get("SignedHeaders").split(";"));
        if (!signedHeaders.contains("host")) {
            throw protocol.badSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        String scope = String.join("/", Arrays.copyOfRange(credential, 1, 5));
        String expected = SigV4.signature(request, signedHeaders, amzDate, scope, key.secretAccessKey());
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                fields.get("Signature").getBytes(StandardCharsets.US_ASCII))) {
            throw protocol.badSignature("The request signature we calculated does not match the signature you"
                    + " provided. Check your AWS Secret Access Key and signing method. Consult the service"
                    + " documentation for details.");
        }
        return key;
    }

    private static Map<String, String> parseAuthorization(String authorization, Protocol protocol) throws ApiException {
        if (!authorization.startsWith(SigV4.ALGORITHM + " ")) {
            throw protocol.incompleteSignature(
                    "Unsupported authorization type; only " + SigV4.ALGORITHM + " is accepted");
        }
        Map<String, String> fields = new HashMap<>();
        for (String part : authorization.substring(SigV4.ALGORITHM.length()).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
            if (!fields.containsKey(required)) {
                throw protocol.incompleteSignature(
                        "Authorization header requires '" + required + "' parameter. Authorization=" + authorization);
            }
        }
        return fields;
    }

    private static boolean sessionTokenMatches(AccessKey key, String token) {
        return key.sessionToken() == null ? token == null : key.sessionToken().equals(token);
    }

    /** The request's {@code X-Amz-Date}, checked against the scope date and the 15-minute window. */
    private String checkDate(SignedRequest request, String scopeDate, Protocol protocol) throws ApiException {
        String amzDate = request.header("x-amz-date");
        if (amzDate == null) {
            throw protocol.incompleteSignature(
                    "Authorization header requires existence of either a 'X-Amz-Date'" + " or a 'Date' header.");
        }
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw protocol.incompleteSignature("Invalid X-Amz-Date '" + amzDate + "'");
        }
        if (!amzDate.startsWith(scopeDate)) {
            throw protocol.badSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of"
                    + " date from HTTP: '" + scopeDate + "' != '" + amzDate.substring(0, 8) + "'");
        }
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            String bound = signedAt.isBefore(now) ? "earlier" : "later";
            throw protocol.badSignature("Signature expired: " + amzDate + " is now " + bound + " than "
                    + AMZ_DATE.format(now.atOffset(ZoneOffset.UTC)) + " (15 minutes skew allowed).");
        }
        return amzDate;
    }
}
