package com.redshiftloader.testinfra.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The AWS JSON 1.1 protocol as Redshift Serverless speaks it. */
final class JsonWire {

    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonWire() {}

    /** The request body as a JSON object; an empty body counts as {@code {}}. */
    static JsonNode parse(String body) throws ApiException {
        if (body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // answered below like any other body that is not a JSON object
        }
        throw new ApiException(400, "SerializationException", "Start of structure or map found where not expected.");
    }

    /** A successful answer; numbers stay numbers (timestamps are epoch seconds in this protocol). */
    static ApiResponse success(Map<String, Object> fields) {
        ObjectNode node = MAPPER.valueToTree(fields);
        return new ApiResponse(200, CONTENT_TYPE, node.toString(), null);
    }

    /** An error answer; the SDK takes the code from {@code __type} (or the {@code x-amzn-ErrorType} header). */
    static ApiResponse error(ApiError error) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("__type", error.code());
        node.put("message", error.message());
        return new ApiResponse(error.status(), CONTENT_TYPE, node.toString(), error.code());
    }
}
