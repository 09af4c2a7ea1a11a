package com.redshiftloader.infra.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.domain.profile.ProfileProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads profile YAML keeping each key's line, and writes profiles as plain Mage-style YAML. */
final class ProfileYaml {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final YAMLMapper WRITER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private ProfileYaml() {}

    /** Parses the text of a profile file; {@code source} names it in messages. */
    static LocatedYaml read(String text, String source) throws ProfileFileException {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new LocatedYaml(source, values, lines);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ProfileFileException(
                        List.of(source + ":" + parser.currentLocation().getLineNr()
                                + ": a profile is a list of 'key: value' lines, e.g. 'host: my-cluster…'"));
            }
            readMapping(parser, "", values, lines);
        } catch (IOException e) {
            throw new ProfileFileException(source + " is not valid YAML: " + firstLine(e.getMessage()), e);
        }
        return new LocatedYaml(source, values, lines);
    }

    private static void readMapping(
            JsonParser parser, String prefix, Map<String, Object> values, Map<String, Integer> lines)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + parser.currentName();
            lines.put(key, parser.currentLocation().getLineNr());
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT && prefix.isEmpty() && ProfileKey.GROUPS.contains(key)) {
                readMapping(parser, key + ".", values, lines);
            } else {
                values.put(key, readValue(parser, token));
            }
        }
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    items.add(readValue(parser, item));
                }
                yield items;
            }
            case START_OBJECT -> {
                Map<String, Object> nested = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    nested.put(name, readValue(parser, parser.nextToken()));
                }
                yield nested;
            }
            default -> null;
        };
    }

    /** Writes keys given as paths back as nested YAML, in the given order. */
    static String write(Map<String, Object> entries) {
        Map<String, Object> tree = new LinkedHashMap<>();
        entries.forEach((path, value) -> {
            int dot = path.indexOf('.');
            if (dot < 0) {
                tree.put(path, value);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> group = (Map<String, Object>)
                        tree.computeIfAbsent(path.substring(0, dot), g -> new LinkedHashMap<String, Object>());
                group.put(path.substring(dot + 1), value);
            }
        });
        try {
            return WRITER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("A profile could not be written as YAML", e);
        }
    }

    /** "unknown key 'pasword' at prod.yaml:4 — did you mean 'password'?" or "'port' at prod.yaml:3 must be …". */
    static String describe(ProfileProblem problem, LocatedYaml yaml) {
        String unknownPrefix = "unknown key '" + problem.key() + "'";
        if (problem.message().startsWith(unknownPrefix)) {
            return unknownPrefix + " at " + yaml.locate(problem.key())
                    + problem.message().substring(unknownPrefix.length());
        }
        return "'" + problem.key() + "' at " + yaml.locate(problem.key()) + " " + problem.message();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
