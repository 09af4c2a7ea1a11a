package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.inspection.SourcePreview;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.LineEnding;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    @TempDir
    Path dir;

    private final FileSourceInspector inspector = new FileSourceInspector();

    private SourcePreview preview(String name, String text) {
        return inspector.preview(Files2.write(dir, name, text), Optional.empty(), 100);
    }

    private static List<List<String>> values(SourcePreview preview) {
        return preview.rows().stream().map(SourceRecord::asList).toList();
    }

    @Test
    void quotedFieldsHoldDelimitersNewlinesAndDoubledQuotes() {
        SourcePreview preview = preview("a.csv", """
                id,text
                1,"a, b"
                2,"line one
                line two"
                3,"say ""hi""\"
                4,plain
                """);
        assertThat(preview.columns()).containsExactly("id", "text");
        assertThat(values(preview))
                .containsExactly(
                        List.of("1", "a, b"),
                        List.of("2", "line one\nline two"),
                        List.of("3", "say \"hi\""),
                        List.of("4", "plain"));
        assertThat(preview.rows()).extracting(SourceRecord::line).containsExactly(2L, 3L, 5L, 6L);
    }

    @Test
    void crlfLineEndingsAreDetectedAndKeptInsideQuotes() {
        SourcePreview preview = preview("crlf.csv", "id,text\r\n1,\"x\r\ny\"\r\n2,z\r\n");
        assertThat(preview.settings().dialect().lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(values(preview)).containsExactly(List.of("1", "x\r\ny"), List.of("2", "z"));
        assertThat(preview.rows()).extracting(SourceRecord::line).containsExactly(2L, 4L);
    }

    @Test
    void oldMacLineEndingsWork() {
        SourcePreview preview = preview("cr.csv", "id,text\r1,a\r2,b\r");
        assertThat(values(preview)).containsExactly(List.of("1", "a"), List.of("2", "b"));
        assertThat(preview.rows()).extracting(SourceRecord::line).containsExactly(2L, 3L);
    }

    @Test
    void delimitersAreDetected() {
        assertThat(preview("semi.csv", "a;b;c\n1;2,5;3\n4;5;6\n")
                        .settings()
                        .dialect()
                        .delimiter())
                .isEqualTo(';');
        assertThat(preview("pipe.txt", "a|b\n1|2\n").settings().dialect().delimiter())
                .isEqualTo('|');
        SourcePreview tabs = preview("tabs.txt", "a\tb\n1\t2\n");
        assertThat(tabs.settings().format()).isEqualTo(SourceFormat.TSV);
        assertThat(values(tabs)).containsExactly(List.of("1", "2"));
    }

    @Test
    void singleQuotesAreDetectedWhenNoDoubleQuoteAppears() {
        SourcePreview preview = preview("single.csv", "id,name\n1,'Smith, J'\n2,'O''Hara'\n");
        assertThat(preview.settings().dialect().quote()).isEqualTo('\'');
        assertThat(values(preview)).containsExactly(List.of("1", "Smith, J"), List.of("2", "O'Hara"));
    }

    @Test
    void theCsvExtensionWinsOverABracketAtTheStart() {
        assertThat(preview("bracket.csv", "[tag],n\n[a],1\n").settings().format())
                .isEqualTo(SourceFormat.CSV);
    }

    @Test
    void aFirstRowOfDataMeansNoHeader() {
        SourcePreview preview = preview("noheader.csv", "1,2024-01-05,x\n2,2024-01-06,y\n");
        assertThat(preview.settings().dialect().header()).isFalse();
        assertThat(preview.columns()).containsExactly("column_1", "column_2", "column_3");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).line()).isEqualTo(1);
    }

    @Test
    void leadingLinesCanBeSkippedAndAnEscapeCharacterSet() {
        Path file = Files2.write(dir, "pre.csv", "exported by X\n# 2024\nid,text\n1,\"a \\\"q\\\" b\"\n");
        SourceSettings settings = SourceSettings.csv()
                .withDialect(SourceSettings.csv().dialect().withSkipLines(2).withEscape(Optional.of('\\')));
        SourcePreview preview = inspector.preview(file, Optional.of(settings), 10);
        assertThat(preview.columns()).containsExactly("id", "text");
        assertThat(values(preview)).containsExactly(List.of("1", "a \"q\" b"));
        assertThat(preview.rows().get(0).line()).isEqualTo(4);
    }

    @Test
    void utf8TextIsMeasuredInBytes() {
        ScanOutcome.Completed scan = scan("utf8.csv", "名前,city\n東京,Zürich\n");
        assertThat(scan.columns().get(0).source()).isEqualTo("名前");
        assertThat(scan.columns().get(0).evidence().maxBytes()).isEqualTo(6);
        assertThat(scan.columns().get(1).evidence().samples()).containsExactly("Zürich");
        assertThat(scan.columns().get(1).evidence().maxBytes()).isEqualTo(7);
    }

    @Test
    void jsonInsideACsvFieldIsSuper() {
        ScanOutcome.Completed scan = scan("json.csv", "id,payload\n1,\"{\"\"a\"\": [1, 2]}\"\n2,\"[1,2]\"\n");
        assertThat(scan.columns().get(1).type()).isEqualTo(ScalarType.SUPER);
        assertThat(scan.columns().get(1).evidence().samples()).contains("{\"a\": [1, 2]}");
    }

    @Test
    void blankLinesAreSkipped() {
        SourcePreview preview = preview("blank.csv", "a,b\n\n1,2\n\r\n3,4\n");
        assertThat(values(preview)).containsExactly(List.of("1", "2"), List.of("3", "4"));
        assertThat(preview.rows()).extracting(SourceRecord::line).containsExactly(3L, 5L);
    }

    @Test
    void scanInfersEveryColumnOverTheWholeFile() {
        StringBuilder text = new StringBuilder("id,code,amount,day,flag,note\n");
        for (int i = 1; i <= 10_000; i++) {
            text.append(i)
                    .append(",0")
                    .append(i % 1000)
                    .append(',')
                    .append(i)
                    .append(".25,2024-01-")
                    .append(String.format("%02d", i % 28 + 1))
                    .append(',')
                    .append(i % 2 == 0)
                    .append(",\"n, ")
                    .append(i)
                    .append("\"\n");
        }
        text.append("10001,x,1,2024-01-01,true,\n");
        ScanOutcome.Completed scan = scan("many.csv", text.toString());
        assertThat(scan.records()).isEqualTo(10_001);
        assertThat(scan.columns())
                .extracting(column -> column.type().sql())
                .containsExactly("INTEGER", "VARCHAR(16)", "DECIMAL(7,2)", "DATE", "BOOLEAN", "VARCHAR(16)");
        ColumnInference id = scan.columns().get(0);
        assertThat(id.evidence().ruledOut()).isEmpty();
        assertThat(scan.columns().get(5).evidence().nulls()).isEqualTo(1);
    }

    @Test
    void fieldsAcrossBufferBoundariesMatchWhatWasWritten() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<String[]> written = new ArrayList<>();
        StringBuilder text = new StringBuilder("a,b,c\n");
        for (int row = 0; row < 400; row++) {
            String[] fields = new String[3];
            for (int f = 0; f < 3; f++) {
                fields[f] = randomField(random);
                text.append(f > 0 ? "," : "").append(quoteIfNeeded(fields[f]));
            }
            written.add(fields);
            text.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        Path file = Files2.write(dir, "fuzz.csv", text.toString());
        SourceSettings settings = SourceSettings.csv();
        List<String[]> read = new ArrayList<>();
        try (RecordReader reader = SourceReaders.open(file, settings)) {
            reader.next().ifPresent(record -> read.add(record.fields()));
            Optional<SourceRecord> next;
            while ((next = reader.next()).isPresent()) {
                read.add(next.get().fields());
            }
        }
        assertThat(read).hasSize(400);
        for (int i = 0; i < 400; i++) {
            assertThat(read.get(i)).as("row %d", i).containsExactly(written.get(i));
        }
        ScanOutcome.Completed scan =
                (ScanOutcome.Completed) inspector.scan(file, settings, ScanListener.NONE, new CancellationToken());
        assertThat(scan.records()).isEqualTo(400);
        int longest = written.stream()
                .mapToInt(fields -> fields[0].getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .max()
                .orElseThrow();
        assertThat(scan.columns().get(0).evidence().maxBytes()).isEqualTo(longest);
    }

    private static String randomField(java.util.SplittableRandom random) {
        int length = random.nextInt(10) == 0 ? random.nextInt(70_000) : random.nextInt(20);
        String alphabet = "abc,\"\n\r é€x";
        StringBuilder field = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            field.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return field.toString();
    }

    private static String quoteIfNeeded(String field) {
        boolean needs = field.isEmpty() || field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    @Test
    void tsvWithTypes() {
        ScanOutcome.Completed scan = scan("t.tsv", "n\tflag\n1\ttrue\n2\tfalse\n");
        assertThat(scan.columns())
                .extracting(ColumnInference::type)
                .containsExactly(ScalarType.INTEGER, ScalarType.BOOLEAN);
        assertThat(scan.columns().get(0).type()).isNotInstanceOf(RedshiftType.Varchar.class);
    }

    private ScanOutcome.Completed scan(String name, String text) {
        Path file = Files2.write(dir, name, text);
        return (ScanOutcome.Completed)
                inspector.scan(file, inspector.detect(file), ScanListener.NONE, new CancellationToken());
    }
}
