package com.redshiftloader.infra.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The one YAML reader and writer of the store: reads a file into mappings that keep each key's line (for messages
 * that name it), and writes a tree of maps and lists as plain, minimally quoted YAML. Profiles and jobs use it.
 */
final class YamlTree {

    /** A value with the line its key stands on; mappings are {@code Map<String, Entry>}, lists hold plain values. */
    record Entry(Object value, int line) {}

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /**
     * Made on the first write, not with the reader: building Jackson's object mapper costs about a quarter of a second
     * of a command's start, and reading a profile or a job needs only the streaming parser.
     */
    private static final class Writer {
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
    }

    private YamlTree() {}

    /** The text is not YAML, or not a mapping; the message names the file (and the line where known). */
    static final class UnreadableYaml extends Exception {
        UnreadableYaml(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The top-level mapping of the text.
     *
     * @param source names the file in messages
     * @param example a line to show when the text is not a mapping, e.g. {@code profile: warehouse}
     */
    static Map<String, Entry> read(String text, String source, String example) throws UnreadableYaml {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Map.of();
            }
            if (first != JsonToken.START_OBJECT) {
                throw new UnreadableYaml(
                        source + ":" + parser.currentTokenLocation().getLineNr()
                                + ": expected a list of 'key: value' lines, e.g. '" + example + "'",
                        null);
            }
            return readMapping(parser);
        } catch (IOException e) {
            throw new UnreadableYaml(syntaxError(source, e), e);
        }
    }

    private static Map<String, Entry> readMapping(JsonParser parser) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            entries.put(key, new Entry(readValue(parser, parser.nextToken()), line));
        }
        return entries;
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
            case START_OBJECT -> readMapping(parser);
            default -> null; // an empty value ("key:") is absent, as if the key were not written
        };
    }

    static String write(Map<String, Object> tree) {
        try {
            return Writer.MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("A tree of maps and lists could not be written as YAML", e);
        }
    }

    /**
     * Where the text stops being YAML and why, e.g. {@code job.yaml:4:13: not valid YAML (mapping values are not
     * allowed here)}: the line and column come from the parser's location, which its message leaves out.
     */
    private static String syntaxError(String source, IOException e) {
        String problem = firstLine(e.getMessage());
        int line = 0;
        int column = 0;
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            // SnakeYAML's own problem and its place; Jackson's message leads with the context ("while parsing …")
            problem = marked.getProblem();
            line = marked.getProblemMark().getLine() + 1;
            column = marked.getProblemMark().getColumn() + 1;
        } else if (e instanceof JsonProcessingException processing && processing.getLocation() != null) {
            problem = firstLine(processing.getOriginalMessage());
            line = Math.max(0, processing.getLocation().getLineNr());
            column = Math.max(0, processing.getLocation().getColumnNr());
        }
        String where = line > 0 ? source + ":" + line + (column > 0 ? ":" + column : "") : source;
        return where + ": not valid YAML (" + problem + "). Check the indentation (spaces, the same for keys at one"
                + " level) and quote values that hold ': ' or start with a special character.";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
