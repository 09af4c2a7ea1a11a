package com.redshiftloader.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Prints what {@code inspect} found, as text for people or as one JSON object for scripts. */
record InspectReport(
        Path file,
        SourceSettings settings,
        String encodingEvidence,
        ScanOutcome.Completed scan,
        List<String> names,
        List<SourceRecord> rows) {

    void printText(PrintWriter out) {
        out.printf("File:        %s%n", file);
        out.printf("Format:      %s%s%n", format(), settings.gzip() ? " (gzip)" : "");
        out.printf("Encoding:    %s%n", encodingEvidence);
        if (settings.format().isDelimited()) {
            out.printf("Delimiter:   %s%n", settings.dialect().delimiterText());
            out.printf("Quote:       %s%n", settings.dialect().quote());
            out.printf("Header:      %s%n", settings.dialect().header() ? "yes" : "no");
            out.printf("Line ending: %s%n", settings.dialect().lineEnding());
        }
        out.printf("Null as:     %s%n", NullTokens.describe(settings.nullTokens()));
        out.printf("Trim:        %s%n", settings.trim() ? "yes (spaces and tabs around values)" : "no");
        out.printf("Rows:        %d%n%n", scan.records());
        printColumns(out);
        if (!rows.isEmpty()) {
            out.println();
            out.println(String.join(" | ", names));
            for (SourceRecord row : rows) {
                out.println(String.join(
                        " | ",
                        values(row).stream()
                                .map(value -> value == null ? "NULL" : value)
                                .toList()));
            }
        }
    }

    private void printColumns(PrintWriter out) {
        String layout = "%-4s %-24s %-24s %-20s %10s %10s%n";
        out.printf(layout, "#", "SOURCE", "NAME", "TYPE", "NULLS", "MAX BYTES");
        List<ColumnInference> columns = scan.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnInference column = columns.get(i);
            out.printf(
                    layout,
                    i + 1,
                    column.source(),
                    names.get(i),
                    column.type().sql(),
                    column.evidence().nulls(),
                    column.evidence().maxBytes());
            for (String note : column.notes()) {
                out.printf("     note: %s%n", note);
            }
        }
    }

    void printJson(PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", format());
            json.writeBooleanField("gzip", settings.gzip());
            json.writeStringField("encoding", settings.encoding().name());
            json.writeStringField("encoding_evidence", encodingEvidence);
            json.writeStringField("delimiter", String.valueOf(settings.dialect().delimiter()));
            json.writeBooleanField("header", settings.dialect().header());
            json.writeArrayFieldStart("null_as");
            for (String token : NullTokens.sorted(settings.nullTokens())) {
                json.writeString(token);
            }
            json.writeEndArray();
            json.writeBooleanField("trim", settings.trim());
            json.writeNumberField("row_count", scan.records());
            json.writeArrayFieldStart("columns");
            for (int i = 0; i < scan.columns().size(); i++) {
                writeColumn(json, scan.columns().get(i), names.get(i));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (SourceRecord row : rows) {
                json.writeStartArray();
                for (String value : values(row)) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void writeColumn(JsonGenerator json, ColumnInference column, String name) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", column.source());
        json.writeStringField("name", name);
        json.writeStringField("type", column.type().sql());
        json.writeNumberField("nulls", column.evidence().nulls());
        json.writeNumberField("max_bytes", column.evidence().maxBytes());
        json.writeEndObject();
    }

    /** A row's values aligned to the columns; absent ones are null. */
    private List<String> values(SourceRecord row) {
        String[] values = new String[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.field(i).orElse(null);
        }
        return Arrays.asList(values);
    }

    private String format() {
        return settings.format().name().toLowerCase(Locale.ROOT);
    }
}
