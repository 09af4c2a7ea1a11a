package com.redshiftloader.infra.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.WarningLog;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Records of a JSON file: a top-level array of objects, or JSON Lines (one object after another). Columns are the
 * union of the keys in first-seen order; a key missing from a record is null. Nested objects and arrays are kept as
 * compact JSON text (for SUPER columns); scalars as their text.
 */
final class JsonRecordReader implements RecordReader {

    private final Path file;
    private final SourceStreams streams;
    private final JsonParser parser;
    private final JsonFactory factory;
    private final boolean array;
    private final int maxField;
    private final List<String> columns = new ArrayList<>();
    private final List<String> view = Collections.unmodifiableList(columns);
    private final Map<String, Integer> positions = new HashMap<>();
    private final WarningLog warnings = new WarningLog(20);
    private final boolean utf8;
    private boolean started;
    private boolean ended;

    JsonRecordReader(Path file, SourceSettings settings, SourceStreams streams, boolean array) {
        this.file = file;
        this.streams = streams;
        this.array = array;
        this.maxField = settings.maxFieldBytes();
        this.utf8 = settings.encoding().equals(java.nio.charset.StandardCharsets.UTF_8);
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(settings.maxFieldBytes())
                        .build())
                .build();
        try {
            this.parser = factory.createParser(streams.characters(settings, warnings));
        } catch (IOException e) {
            throw new SourceFormatException(file, 0, 0, "cannot start reading JSON (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public List<String> columns() {
        return view;
    }

    @Override
    public Optional<SourceRecord> next() {
        if (ended) {
            return Optional.empty();
        }
        try {
            JsonToken token = nextRecordToken();
            if (token == null) {
                ended = true;
                return Optional.empty();
            }
            long line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                throw at(
                        parser.currentTokenLocation(),
                        "expected a JSON object (one per record) but found " + parser.getText()
                                + ". Each record must be an object {\"key\": value, …}.");
            }
            return Optional.of(new SourceRecord(line, readObject()));
        } catch (CharacterCodingException e) {
            if (utf8) {
                throw Encodings.notUtf8(file, parser.currentLocation().getLineNr(), 0);
            }
            throw at(
                    parser.currentLocation(),
                    "the bytes here are not valid in the chosen encoding."
                            + " Choose the file's encoding (for example windows-1252 instead of UTF-8).");
        } catch (StreamConstraintsException e) {
            throw at(
                    e.getLocation() == null ? parser.currentLocation() : e.getLocation(),
                    "a value here is longer than " + String.format(Locale.ROOT, "%,d", maxField)
                            + " characters, more than Redshift's 16 MB SUPER limit allows ("
                            + e.getOriginalMessage().lines().findFirst().orElse("")
                            + "). Shorten it in the file, or leave that field out.");
        } catch (JsonProcessingException e) {
            throw at(
                    e.getLocation() == null ? parser.currentLocation() : e.getLocation(),
                    "invalid JSON: "
                            + e.getOriginalMessage().lines().findFirst().orElse("")
                            + ". Fix the JSON at this place, or check the format (JSON array vs JSON Lines).");
        } catch (GzipSource.DamagedGzipException e) {
            throw new SourceFormatException(
                    file, Math.max(0, parser.currentLocation().getLineNr()), 0, e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceFormatException(file, 0, 0, "reading failed (" + e.getMessage() + ").", e);
        }
    }

    private JsonToken nextRecordToken() throws IOException {
        if (array && !started) {
            started = true;
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SourceFormatException(file, 0, 0, "the file is empty. Choose a file with records.");
            }
            if (first != JsonToken.START_ARRAY) {
                throw at(
                        parser.currentTokenLocation(),
                        "a JSON file must hold one array of objects [ {…}, {…} ];"
                                + " choose JSON Lines if it holds one object per line.");
            }
        }
        JsonToken token = parser.nextToken();
        if (!array && !started) {
            started = true;
            if (token == null) {
                throw new SourceFormatException(file, 0, 0, "the file is empty. Choose a file with records.");
            }
        }
        if (array && token == JsonToken.END_ARRAY) {
            if (parser.nextToken() != null) {
                throw at(parser.currentTokenLocation(), "there is more data after the closing ] of the array.");
            }
            return null;
        }
        if (token == null && array) {
            throw at(parser.currentLocation(), "the file ends before the closing ] of the array.");
        }
        return token;
    }

    private String[] readObject() throws IOException {
        String[] fields = new String[columns.size()];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            int position = position(key);
            if (position >= fields.length) {
                fields = Arrays.copyOf(fields, columns.size());
            }
            fields[position] = text(value);
        }
        return fields;
    }

    private int position(String key) {
        Integer position = positions.get(key);
        if (position == null) {
            position = columns.size();
            positions.put(key, position);
            columns.add(key);
        }
        return position;
    }

    private String text(JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case START_OBJECT, START_ARRAY -> nested();
            default -> parser.getText();
        };
    }

    private String nested() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        }
        if (out.getBuffer().length() > maxField) {
            throw at(
                    start,
                    "a nested value is longer than " + maxField + " characters, more than Redshift's"
                            + " 16 MB SUPER limit allows here. Shorten it in the file.");
        }
        return out.toString();
    }

    private SourceFormatException at(JsonLocation location, String problem) {
        return new SourceFormatException(
                file, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()), problem);
    }

    @Override
    public WarningLog warnings() {
        return warnings;
    }

    @Override
    public long bytesRead() {
        return streams.rawBytesRead();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new SourceFormatException(file, 0, 0, "closing failed (" + e.getMessage() + ").", e);
        } finally {
            streams.close();
        }
    }
}
