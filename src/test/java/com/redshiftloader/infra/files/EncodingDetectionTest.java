package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.inspection.SourcePreview;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingDetectionTest {

    private static final String TEXT = "name,city\nJosé,Zürich\n";

    @TempDir
    Path dir;

    private final FileSourceInspector inspector = new FileSourceInspector();

    private SourcePreview preview(String name, byte[] bytes) {
        return inspector.preview(Files2.write(dir, name, bytes), Optional.empty(), 10);
    }

    @Test
    void utf8WithoutBom() {
        SourcePreview preview = preview("plain.csv", Files2.bytes(StandardCharsets.UTF_8, TEXT));
        assertThat(preview.settings().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.settings().bom()).isFalse();
        assertThat(preview.rows().get(0).asList()).containsExactly("José", "Zürich");
    }

    @Test
    void utf8BomIsStrippedAndNeverInAColumnName() {
        byte[] bytes = Files2.bytes(StandardCharsets.UTF_8, TEXT, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        SourcePreview preview = preview("bom.csv", bytes);
        assertThat(preview.settings().bom()).isTrue();
        assertThat(preview.columns()).containsExactly("name", "city");
        Path file = dir.resolve("bom.csv");
        ScanOutcome.Completed scan = (ScanOutcome.Completed)
                inspector.scan(file, preview.settings(), ScanListener.NONE, new CancellationToken());
        assertThat(scan.columns().get(0).source()).isEqualTo("name");
    }

    @Test
    void utf16LittleEndianWithBom() {
        byte[] bytes = Files2.bytes(StandardCharsets.UTF_16LE, TEXT, (byte) 0xFF, (byte) 0xFE);
        SourcePreview preview = preview("le.csv", bytes);
        assertThat(preview.settings().encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(preview.columns()).containsExactly("name", "city");
        assertThat(preview.rows().get(0).asList()).containsExactly("José", "Zürich");
    }

    @Test
    void utf16BigEndianWithBomScansToo() {
        byte[] bytes = Files2.bytes(StandardCharsets.UTF_16BE, "n,d\n1,2024-01-05\n", (byte) 0xFE, (byte) 0xFF);
        Path file = Files2.write(dir, "be.csv", bytes);
        ScanOutcome.Completed scan = (ScanOutcome.Completed)
                inspector.scan(file, inspector.detect(file), ScanListener.NONE, new CancellationToken());
        assertThat(scan.columns().get(1).type()).isEqualTo(ScalarType.DATE);
        assertThat(scan.columns().get(0).source()).isEqualTo("n");
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() {
        SourcePreview preview = preview(
                "latin.csv", Files2.bytes(java.nio.charset.Charset.forName("windows-1252"), "name,price\nCafé,5 €\n"));
        assertThat(preview.settings().encoding().name()).isEqualTo("windows-1252");
        assertThat(preview.rows().get(0).asList()).containsExactly("Café", "5 €");
        ScanOutcome.Completed scan = (ScanOutcome.Completed) inspector.scan(
                dir.resolve("latin.csv"), preview.settings(), ScanListener.NONE, new CancellationToken());
        assertThat(scan.columns().get(1).evidence().maxBytes()).isEqualTo(5);
        assertThat(scan.columns().get(0).evidence().samples()).containsExactly("Café");
    }

    @Test
    void gzipCsvAndJsonLinesAreReadThroughTheCompression() {
        SourcePreview csv = preview("data.csv.gz", Files2.gzip(Files2.bytes(StandardCharsets.UTF_8, TEXT)));
        assertThat(csv.settings().gzip()).isTrue();
        assertThat(csv.settings().format()).isEqualTo(SourceFormat.CSV);
        assertThat(csv.rows()).extracting(SourceRecord::asList).containsExactly(List.of("José", "Zürich"));

        byte[] lines = Files2.bytes(StandardCharsets.UTF_8, "{\"a\":1}\n{\"a\":2,\"b\":\"x\"}\n");
        Path file = Files2.write(dir, "data.jsonl.gz", Files2.gzip(lines));
        ScanOutcome.Completed scan = (ScanOutcome.Completed)
                inspector.scan(file, inspector.detect(file), ScanListener.NONE, new CancellationToken());
        assertThat(scan.records()).isEqualTo(2);
        assertThat(scan.columns()).extracting(column -> column.source()).containsExactly("a", "b");
    }
}
