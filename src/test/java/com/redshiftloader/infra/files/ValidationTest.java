package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.SchemaResolver;
import com.redshiftloader.domain.schema.TypeMapping;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.schema.validation.InvalidValue;
import com.redshiftloader.domain.schema.validation.ValidationReport;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inference, then the user's overrides, then a validation pass over the whole file. */
class ValidationTest {

    @TempDir
    Path dir;

    @Test
    void valuesThatWouldNotLoadUnderTheChosenTypesAreCountedWithLines() {
        Path file = Files2.write(dir, "v.csv", "id,amount,day\n1,10.5,2024-01-05\nabc,12345.5,2024-13-01\n3,7,\n");
        FileSourceInspector inspector = new FileSourceInspector();
        SourceSettings settings = inspector.detect(file);
        ScanOutcome.Completed scan =
                (ScanOutcome.Completed) inspector.scan(file, settings, ScanListener.NONE, new CancellationToken());
        List<ColumnInference> columns = scan.columns();
        List<ColumnSpec> specs = SchemaResolver.resolve(
                columns,
                TypeMapping.none(),
                Map.of(
                        "id", RedshiftTypeParser.parse("integer"),
                        "amount", RedshiftTypeParser.parse("numeric(4,1)"),
                        "day", RedshiftTypeParser.parse("date")),
                true);
        ValidationReport report = inspector
                .validate(file, settings, specs, Map.of(), ScanListener.NONE, new CancellationToken())
                .orElseThrow();
        assertThat(report.records()).isEqualTo(3);
        assertThat(report.columns())
                .extracting(ValidationReport.ColumnValidation::invalid)
                .containsExactly(1L, 1L, 1L);
        assertThat(report.columns().get(0).first())
                .extracting(InvalidValue::line, InvalidValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "abc"));
        assertThat(report.columns().get(1).first().get(0).reason()).contains("too large for DECIMAL(4,1)");
        assertThat(report.columns().get(2).first().get(0).value()).isEqualTo("2024-13-01");
    }
}
