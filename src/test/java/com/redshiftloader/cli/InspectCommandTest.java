package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.redshiftloader.infra.files.FileSourceInspector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RootCommand.commandLine("1.2.3", new InspectCommand(new FileSourceInspector()))
                .execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void printsSettingsAndColumnsForPeople() throws IOException {
        Path file =
                file("orders.csv", "Order ID,Zip,Placed On,Note\n1,02134,2024-01-05,\"a, b\"\n2,10001,2024-02-01,\n");
        assertThat(run("inspect", file.toString(), "--rows", "1")).isZero();
        assertThat(out.toString())
                .contains("Format:      csv")
                .contains("Encoding:    UTF-8 (valid throughout)")
                .contains("Delimiter:   ,")
                .contains("Header:      yes")
                .contains("Rows:        2")
                .containsPattern("Order ID\\s+order_id\\s+INTEGER\\s+0\\s+1")
                .containsPattern("Zip\\s+zip\\s+VARCHAR\\(16\\)\\s+0\\s+5")
                .containsPattern("Placed On\\s+placed_on\\s+DATE")
                .containsPattern("Note\\s+note\\s+VARCHAR\\(16\\)\\s+1\\s+4")
                .contains("1 | 02134 | 2024-01-05 | a, b");
    }

    @Test
    void trimAndTheUsersNullTokensDecideTheTypesAndAreShown() throws IOException {
        Path file = file("scores.csv", "id,qty,score,label\n1,  42 ,n/a,NA\n2,7, 5 ,ok\n");

        assertThat(run("inspect", file.toString(), "--trim", "--null-as", "n/a", "--null-as", ""))
                .isZero();

        assertThat(out.toString())
                .contains("Null as:     empty fields, n/a")
                .contains("Trim:        yes")
                .containsPattern("qty\\s+qty\\s+INTEGER\\s+0")
                .containsPattern("score\\s+score\\s+INTEGER\\s+1")
                .containsPattern("label\\s+label\\s+VARCHAR\\(16\\)\\s+0");
    }

    @Test
    void withoutOptionsTheDefaultNullTokensAreShownAndNothingIsTrimmed() throws IOException {
        Path file = file("plain.csv", "id\n1\n");

        assertThat(run("inspect", file.toString())).isZero();

        assertThat(out.toString())
                .contains("Null as:     empty fields, NULL, null, \\N, NA")
                .contains("Trim:        no");
    }

    @Test
    void jsonOutputIsOneObject() throws IOException {
        Path file = file("d.csv", "id;name\n1;x\n2;\n");
        assertThat(run("inspect", file.toString(), "--json", "--rows", "5")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("format").asText()).isEqualTo("csv");
        assertThat(json.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(json.get("delimiter").asText()).isEqualTo(";");
        assertThat(json.get("header").asBoolean()).isTrue();
        assertThat(json.get("row_count").asLong()).isEqualTo(2);
        assertThat(json.get("null_as").toString()).isEqualTo("[\"\",\"NULL\",\"null\",\"\\\\N\",\"NA\"]");
        assertThat(json.get("trim").asBoolean()).isFalse();
        JsonNode id = json.get("columns").get(0);
        assertThat(id.get("source").asText()).isEqualTo("id");
        assertThat(id.get("name").asText()).isEqualTo("id");
        assertThat(id.get("type").asText()).isEqualTo("INTEGER");
        assertThat(id.get("nulls").asLong()).isZero();
        assertThat(id.get("max_bytes").asInt()).isEqualTo(1);
        assertThat(json.get("rows").toString()).isEqualTo("[[\"1\",\"x\"],[\"2\",\"\"]]");
        assertThat(out.toString().strip().lines()).hasSize(1);
    }

    @Test
    void optionsOverrideDetection() throws IOException {
        Path file = file("data.txt", "1|2\n3|4\n");
        assertThat(run("inspect", file.toString(), "--delimiter", "|", "--no-header", "--json"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("header").asBoolean()).isFalse();
        assertThat(json.get("row_count").asLong()).isEqualTo(2);
        assertThat(json.get("null_as").toString()).isEqualTo("[\"\",\"NULL\",\"null\",\"\\\\N\",\"NA\"]");
        assertThat(json.get("trim").asBoolean()).isFalse();
        assertThat(json.get("columns").get(1).get("source").asText()).isEqualTo("column_2");
    }

    @Test
    void formatAndEncodingCanBeChosen() throws IOException {
        Path file = dir.resolve("latin.dat");
        Files.write(file, "{\"name\": \"Caf\u00e9\"}\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(run(
                        "inspect",
                        file.toString(),
                        "--format",
                        "jsonl",
                        "--encoding",
                        "windows-1252",
                        "--json",
                        "--rows",
                        "1"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("format").asText()).isEqualTo("jsonl");
        assertThat(json.get("rows").get(0).get(0).asText()).isEqualTo("Café");
    }

    @Test
    void unreadableInputExitsWithTwoAndSaysWhere() throws IOException {
        Path file = file("bad.csv", "a,b\n1,2\n3,\"open\n");
        assertThat(run("inspect", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv, line 3, column 2").contains("never closed");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingFileAndBadOptionsExitWithTwo() {
        assertThat(run("inspect", dir.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void badOptionValuesExitWithTwo() throws IOException {
        Path file = file("ok.csv", "a\n1\n");
        assertThat(run("inspect", file.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format must be csv, tsv, json or jsonl");
        assertThat(run("inspect", file.toString(), "--encoding", "klingon")).isEqualTo(2);
        assertThat(run("inspect", file.toString(), "--delimiter", "ab")).isEqualTo(2);
    }

    @Test
    void raggedRowsAreWarnedOnStandardError() throws IOException {
        Path file = file("r.csv", "a,b\n1,2\n3\n");
        assertThat(run("inspect", file.toString(), "--json")).isZero();
        assertThat(err.toString()).contains("warning: ").contains("line 3");
        assertThat(new ObjectMapper().readTree(out.toString()).get("row_count").asLong())
                .isEqualTo(2);
    }

    @Test
    void epochColumnsAreReadAsTimestampsOnlyWhenAsked() throws IOException {
        Path csv = file("events.csv", "id,created\n1,1700000000\n2,1700003600\n");
        assertThat(run("inspect", csv.toString())).as(err::toString).isZero();
        assertThat(out.toString()).containsPattern("created\\s+created\\s+INTEGER");
        out.getBuffer().setLength(0);
        assertThat(run("inspect", csv.toString(), "--epoch", "created=epochsecs"))
                .isZero();
        assertThat(out.toString()).containsPattern("created\\s+created\\s+TIMESTAMP");
        assertThat(run("inspect", csv.toString(), "--epoch", "missing=epochsecs"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--epoch names columns the file does not have: [missing]");
    }

    @Test
    void aDateFormatReadsAColumnAsDatesInThatLayout() throws IOException {
        Path csv = file("shipments.csv", "id,Shipped On\n1,Jun 12 1998\n2,jan 3 2024\n");
        assertThat(run("inspect", csv.toString())).as(err::toString).isZero();
        assertThat(out.toString()).containsPattern("Shipped On\\s+shipped_on\\s+VARCHAR");
        out.getBuffer().setLength(0);

        assertThat(run("inspect", csv.toString(), "--date-format", "shipped_on=MON DD YYYY"))
                .as(err::toString)
                .isZero();

        assertThat(out.toString())
                .containsPattern("Shipped On\\s+shipped_on\\s+DATE")
                .contains("MON DD YYYY");
        assertThat(run("inspect", csv.toString(), "--date-format", "Shipped On=MON DD YYY"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("--date-format Shipped On=MON DD YYY: ")
                .contains("'Y'");
    }

    @Test
    void saysWhyTheEncodingWasChosenAndWhereTheFirstBadByteIs() throws IOException {
        Path utf8 = com.redshiftloader.testinfra.CafeFiles.oneBadByte(dir.resolve("cafes.csv"));
        Path latin = Files.write(
                dir.resolve("latin.csv"), "name\nCafé\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(run("inspect", utf8.toString())).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Encoding:    UTF-8 except 1 bad byte, first at line 702, byte 10 (0xE9);"
                        + " a load refuses it unless --on-bad-bytes replace or --encoding windows-1252")
                .contains("Rows:        1000");

        assertThat(run("inspect", latin.toString())).isZero();
        assertThat(out.toString())
                .contains("Encoding:    windows-1252 (bytes 0x80–0xFF that are not UTF-8, the first at line 2, byte 4");
    }
}
