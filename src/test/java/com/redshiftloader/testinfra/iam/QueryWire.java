package com.redshiftloader.testinfra.iam;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The AWS Query protocol as provisioned Redshift speaks it: form-encoded parameters in, XML out. */
final class QueryWire {

    static final String NAMESPACE = "http://redshift.amazonaws.com/doc/2012-12-01/";

    private QueryWire() {}

    /** The parameters of a form-encoded body (a later duplicate wins). */
    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            form.put(decode(name), decode(value));
        }
        return form;
    }

    /**
     * The members of a list parameter in index order. The SDK names them {@code List.<member>.N}, where the member
     * name comes from the service model, so any middle segment is accepted.
     */
    static List<String> listParameter(Map<String, String> form, String listName) {
        TreeMap<Integer, String> members = new TreeMap<>();
        form.forEach((name, value) -> {
            String[] parts = name.split("\\.");
            if (parts.length == 3 && parts[0].equals(listName) && parts[2].matches("\\d+")) {
                members.put(Integer.parseInt(parts[2]), value);
            }
        });
        return new ArrayList<>(members.values());
    }

    /** A successful answer: {@code <ActionResponse><ActionResult>…</ActionResult><ResponseMetadata>…}. */
    static ApiResponse success(String action, Map<String, String> result, String requestId) {
        StringBuilder xml = new StringBuilder("<")
                .append(action)
                .append("Response xmlns=\"")
                .append(NAMESPACE);
        xml.append("\">\n  <").append(action).append("Result>\n");
        result.forEach((name, value) -> xml.append("    <")
                .append(name)
                .append('>')
                .append(escape(value))
                .append("</")
                .append(name)
                .append(">\n"));
        xml.append("  </").append(action).append("Result>\n");
        xml.append("  <ResponseMetadata>\n    <RequestId>").append(requestId).append("</RequestId>\n");
        xml.append("  </ResponseMetadata>\n</").append(action).append("Response>\n");
        return new ApiResponse(200, "text/xml", xml.toString(), null);
    }

    /** An error answer; 4xx errors are the caller's fault ({@code Sender}), 5xx the service's. */
    static ApiResponse error(ApiError error, String requestId) {
        String type = error.status() < 500 ? "Sender" : "Receiver";
        String xml = "<ErrorResponse xmlns=\"" + NAMESPACE + "\">\n  <Error>\n    <Type>" + type + "</Type>\n"
                + "    <Code>" + escape(error.code()) + "</Code>\n    <Message>" + escape(error.message())
                + "</Message>\n  </Error>\n  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n";
        return new ApiResponse(error.status(), "text/xml", xml, error.code());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
