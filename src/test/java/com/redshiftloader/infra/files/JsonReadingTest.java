package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.inspection.SourcePreview;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.types.TypeCategory;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceRecord;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReadingTest {

    @TempDir
    Path dir;

    private final FileSourceInspector inspector = new FileSourceInspector();

    @Test
    void arrayOfObjectsWithNestedValuesAndMissingKeys() {
        Path file = Files2.write(dir, "a.json", """
                [
                  {"id": 1, "name": "a", "tags": ["x", "y"]},
                  {"id": 2, "address": {"city": "Oslo", "zip": "0150"}, "name": null},
                  {"id": 3.5, "name": "c", "ok": true}
                ]
                """);
        SourcePreview preview = inspector.preview(file, Optional.empty(), 10);
        assertThat(preview.settings().format()).isEqualTo(SourceFormat.JSON);
        assertThat(preview.columns()).containsExactly("id", "name", "tags", "address", "ok");
        assertThat(preview.rows()).extracting(SourceRecord::line).containsExactly(2L, 3L, 4L);
        assertThat(Arrays.asList(preview.rows().get(0).fields())).containsExactly("1", "a", "[\"x\",\"y\"]");
        assertThat(preview.rows().get(1).field(3)).contains("{\"city\":\"Oslo\",\"zip\":\"0150\"}");
        assertThat(preview.rows().get(1).field(1)).isEmpty();

        ScanOutcome.Completed scan = scan(file);
        assertThat(scan.columns())
                .extracting(column -> column.type().sql())
                .containsExactly("DECIMAL(2,1)", "VARCHAR(16)", "SUPER", "SUPER", "BOOLEAN");
        assertThat(scan.columns())
                .extracting(ColumnInference::category)
                .containsExactly(
                        TypeCategory.NUMBER,
                        TypeCategory.STRING,
                        TypeCategory.ARRAY,
                        TypeCategory.OBJECT,
                        TypeCategory.BOOLEAN);
        assertThat(scan.columns())
                .extracting(column -> column.evidence().nulls())
                .containsExactly(0L, 1L, 2L, 2L, 2L);
    }

    @Test
    void jsonLinesWithKeysAppearingLate() {
        Path file = Files2.write(dir, "b.jsonl", """
                {"a": 1}

                {"a": 2, "b": "2024-01-05"}
                {"b": "2024-01-06", "c": {"deep": [1, {"x": null}]}}
                """);
        assertThat(inspector.detect(file).format()).isEqualTo(SourceFormat.JSONL);
        ScanOutcome.Completed scan = scan(file);
        assertThat(scan.records()).isEqualTo(3);
        assertThat(scan.columns()).extracting(ColumnInference::source).containsExactly("a", "b", "c");
        assertThat(scan.columns())
                .extracting(column -> column.type().sql())
                .containsExactly("INTEGER", "DATE", "SUPER");
        assertThat(scan.columns())
                .extracting(column -> column.evidence().nulls())
                .containsExactly(1L, 1L, 2L);
        SourcePreview preview = inspector.preview(file, Optional.empty(), 10);
        assertThat(preview.rows()).extracting(SourceRecord::line).containsExactly(1L, 3L, 4L);
    }

    @Test
    void aJsonFileStartingWithAnObjectIsReadAsJsonLines() {
        Path file = Files2.write(dir, "c.json", "{\"a\": 1}\n{\"a\": 2}\n");
        assertThat(inspector.detect(file).format()).isEqualTo(SourceFormat.JSONL);
        assertThat(scan(file).records()).isEqualTo(2);
    }

    private ScanOutcome.Completed scan(Path file) {
        return (ScanOutcome.Completed)
                inspector.scan(file, inspector.detect(file), ScanListener.NONE, new CancellationToken());
    }
}
