package com.redshiftloader.infra.aws;

import java.util.List;

/** The COPY manifest of staged parts: every entry mandatory, with its content length (needed by some formats). */
final class StagingManifest {

    private StagingManifest() {}

    static String json(List<StagedObject> parts) {
        StringBuilder json = new StringBuilder("{\"entries\":[");
        for (int i = 0; i < parts.size(); i++) {
            StagedObject part = parts.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("{\"url\":")
                    .append(string(part.url()))
                    .append(",\"mandatory\":true,\"meta\":{\"content_length\":")
                    .append(part.bytes())
                    .append("}}");
        }
        return json.append("\n]}\n").toString();
    }

    private static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
