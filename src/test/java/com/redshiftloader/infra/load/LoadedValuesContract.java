package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.rows;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.files.SourceReaders;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values arrive as the file has them: hostile strings, exact decimals and time zones, JSON into SUPER, and
 * rows wider than the driver's parameter limit.
 */
interface LoadedValuesContract extends LoaderContract {

    @Test
    default void appendRoundTripsHostileStringsUnicodeAndLeadingZerosByteForByte() throws Exception {
        String big = "é".repeat(32_767) + "x"; // 65,535 UTF-8 bytes
        String csv = "code,text\n"
                + "007,\"it's \"\"quoted\"\"\"\n"
                + "0042,back\\slash \\N \\\\ end\\\n"
                + "00,\"line one\r\nline two\rthree\nfour\"\n"
                + "1,emoji 😀👍🏽 and Zürich 東京\n"
                + "2,\"  spaces kept  \"\n"
                + "3,\"a,b;c\t'\"\n"
                + "4," + big + "\n"
                + "5,\"\"\n";
        Path file = write(directory(), "hostile.csv", csv);
        LoadReport report = load(
                plan(profile(), file, "hostile", columns("code:VARCHAR(4)", "text:VARCHAR(65535)"), LoadMode.APPEND));

        assertThat(report.rowsInserted()).isEqualTo(8);
        List<List<String>> expected = new ArrayList<>();
        try (RecordReader reader = SourceReaders.open(file, SourceSettings.csv())) {
            Optional<SourceRecord> next;
            while ((next = reader.next()).isPresent()) {
                List<String> fields = Arrays.asList(next.get().fields());
                expected.add(fields.stream()
                        .map(f ->
                                f == null || new NullTokens(SourceSettings.csv().nullTokens()).matches(f) ? null : f)
                        .toList());
            }
        }
        try (Connection connection = connect()) {
            List<List<String>> loaded = rows(connection, "SELECT code, text FROM hostile ORDER BY code, text");
            assertThat(loaded).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(rows(connection, "SELECT octet_length(text) FROM hostile WHERE code = '4'"))
                    .containsExactly(List.of("65535"));
            assertThat(rows(connection, "SELECT text FROM hostile WHERE code = '00'")
                            .getFirst()
                            .getFirst())
                    .isEqualTo("line one\r\nline two\rthree\nfour");
        }
        assertThat(expected).hasSize(8);
    }

    @Test
    default void decimalPrecisionAndTimeZonesArePreserved() throws Exception {
        Path file = write(
                directory(),
                "exact.csv",
                "amount,at,local,day\n"
                        + "12345678901234567890.1234567891,2024-03-31 01:30:00+05:30,2024-03-31 01:30:00.123456,2024-02-29\n"
                        + "-0.0000000001,2024-10-27T02:59:59Z,1999-12-31T23:59:59,1900-01-01\n");
        load(plan(
                profile(),
                file,
                "exact",
                columns("amount:DECIMAL(38,10)", "at:TIMESTAMPTZ", "local:TIMESTAMP", "day:DATE"),
                LoadMode.APPEND));

        try (Connection connection = connect()) {
            assertThat(rows(
                            connection,
                            "SELECT amount::text, (at AT TIME ZONE 'UTC')::text, local::text, day::text"
                                    + " FROM exact ORDER BY amount DESC"))
                    .containsExactly(
                            List.of(
                                    "12345678901234567890.1234567891", "2024-03-30 20:00:00",
                                    "2024-03-31 01:30:00.123456", "2024-02-29"),
                            List.of("-0.0000000001", "2024-10-27 02:59:59", "1999-12-31 23:59:59", "1900-01-01"));
        }
    }

    @Test
    default void superValuesGoThroughJsonParsing() throws Exception {
        Path file = write(directory(), "json.csv", "id,payload\n1,\"{\"\"a\"\": [1, 2], \"\"b\"\": \"\"x\"\"}\"\n2,\n");
        load(plan(profile(), file, "documents", columns("id:INTEGER", "payload:SUPER"), LoadMode.APPEND));
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id, payload::text FROM documents ORDER BY id"))
                    .containsExactly(List.of("1", "{\"a\": [1, 2], \"b\": \"x\"}"), Arrays.asList("2", null));
            assertThat(rows(connection, "SELECT payload -> 'a' ->> 1 FROM documents WHERE id = 1"))
                    .containsExactly(List.of("2"));
        }
    }

    @Test
    default void jsonLinesWithNestedValuesLoadIntoSuperColumns() throws Exception {
        Path file = write(
                directory(),
                "events.jsonl",
                "{\"id\": 1, \"tags\": [\"a\", \"b\"], \"meta\": {\"k\": \"v \\\"q\\\"\"}, \"name\": \"x\"}\n"
                        + "{\"id\": 2, \"name\": null}\n");
        LoadPlan csvPlan = plan(
                profile(),
                file,
                "events_json",
                columns("id:INTEGER", "tags:SUPER", "meta:SUPER", "name:VARCHAR(5)"),
                LoadMode.APPEND);
        LoadPlan plan = new LoadPlan(
                csvPlan.profile(),
                file,
                SourceSettings.csv().withFormat(SourceFormat.JSONL),
                csvPlan.columns(),
                csvPlan.target(),
                csvPlan.mode(),
                List.of(),
                csvPlan.path(),
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
        load(plan);
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT id, tags::text, meta ->> 'k', name FROM events_json ORDER BY id"))
                    .containsExactly(
                            List.of("1", "[\"a\", \"b\"]", "v \"q\"", "x"), Arrays.asList("2", null, null, null));
        }
    }

    @Test
    default void veryWideRowsStayWithinTheParameterLimit() throws Exception {
        int width = 1_500;
        String[] definitions = new String[width];
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < width; c++) {
            definitions[c] = "c" + c + ":INTEGER";
            header.append(c == 0 ? "" : ",").append("c").append(c);
        }
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < width; c++) {
                csv.append(c == 0 ? "" : ",").append(r);
            }
            csv.append('\n');
        }
        Path file = write(directory(), "wide.csv", csv.toString());
        LoadReport report = load(plan(profile(), file, "wide", columns(definitions), LoadMode.APPEND));

        assertThat(report.rowsInserted()).isEqualTo(100);
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT SUM(c0), SUM(c1499) FROM wide"))
                    .containsExactly(List.of("4950", "4950"));
        }
    }
}
