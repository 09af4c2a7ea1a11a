package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.SchemaResolver;
import com.redshiftloader.domain.schema.TypeMapping;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.validation.ValidationReport;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.RecordVisitor;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trimming and the user's NULL values, as every reader of a file sees them: the preview's records, the scan's fast
 * path (inference) and Check values all read through {@link SourceReaders}.
 */
class TrimAndNullTokensTest {

    private static final String PADDED = "id,qty,note\n1,  42 ,\"  hello\t\"\n2,\t7,\"   \"\n3, NA ,x\n";

    @TempDir
    Path dir;

    private final FileSourceInspector inspector = new FileSourceInspector();

    private List<ColumnInference> scan(Path file, SourceSettings settings) {
        return ((ScanOutcome.Completed) inspector.scan(file, settings, ScanListener.NONE, new CancellationToken()))
                .columns();
    }

    @Test
    void trimmedRecordsLoseLeadingAndTrailingSpacesAndTabsQuotedOrNot() {
        Path file = Files2.write(dir, "padded.csv", PADDED);
        SourceSettings settings = inspector.detect(file).withTrim(true);

        try (RecordReader reader = SourceReaders.open(file, settings)) {
            assertThat(reader.next()).map(SourceRecord::asList).contains(List.of("1", "42", "hello"));
            assertThat(reader.next()).map(SourceRecord::asList).contains(List.of("2", "7", ""));
            assertThat(reader.next()).map(SourceRecord::asList).contains(List.of("3", "NA", "x"));
        }
        try (RecordReader reader = SourceReaders.open(file, settings.withTrim(false))) {
            assertThat(reader.next()).map(SourceRecord::asList).contains(List.of("1", "  42 ", "  hello\t"));
        }
    }

    @Test
    void theScansFastPathSeesTrimmedValuesToo() {
        Path file = Files2.write(dir, "padded.csv", PADDED);
        List<String> seen = new ArrayList<>();
        try (RecordReader reader =
                SourceReaders.open(file, inspector.detect(file).withTrim(true))) {
            reader.nextInto(new RecordVisitor() {
                @Override
                public void begin(long line) {}

                @Override
                public void field(int column, CharSequence value) {
                    seen.add("[" + value + "]");
                }

                @Override
                public void end(int fields) {}
            });
        }
        assertThat(seen).containsExactly("[1]", "[42]", "[hello]");
    }

    @Test
    void withTrimThePaddedNumbersAreIntegersAndABlankOrPaddedTokenIsNull() {
        Path file = Files2.write(dir, "padded.csv", PADDED);
        SourceSettings detected = inspector.detect(file);

        List<ColumnInference> untrimmed = scan(file, detected);
        List<ColumnInference> trimmed = scan(file, detected.withTrim(true));

        assertThat(untrimmed.get(1).type().sql()).startsWith("VARCHAR");
        assertThat(trimmed.get(1).type().sql()).isEqualTo("INTEGER");
        assertThat(trimmed.get(1).evidence().nulls())
                .as("' NA ' is NA once trimmed")
                .isEqualTo(1);
        assertThat(trimmed.get(2).evidence().nulls())
                .as("a quoted value of spaces is empty")
                .isEqualTo(1);
    }

    @Test
    void customTokensReplaceTheDefaultsSoNaIsTextAndNaSlashIsNull() {
        Path file = Files2.write(dir, "scores.csv", "id,score,label\n1,n/a,NA\n2,5,ok\n3,,NULL\n");
        SourceSettings detected = inspector.detect(file);

        List<ColumnInference> defaults = scan(file, detected);
        List<ColumnInference> custom = scan(file, detected.withNullTokens(Set.of("", "n/a")));

        assertThat(defaults.get(1).type().sql()).startsWith("VARCHAR");
        assertThat(defaults.get(2).evidence().nulls()).isEqualTo(2);
        assertThat(custom.get(1).type().sql()).isEqualTo("INTEGER");
        assertThat(custom.get(1).evidence().nulls()).isEqualTo(2);
        assertThat(custom.get(2).evidence().nulls())
                .as("NA and NULL are text now")
                .isZero();
    }

    @Test
    void checkValuesReadsTrimmedValuesAndTheUsersTokens() {
        Path file = Files2.write(dir, "padded.csv", PADDED);
        SourceSettings settings = inspector.detect(file).withTrim(true);
        List<ColumnSpec> columns = SchemaResolver.resolve(scan(file, settings), TypeMapping.none(), Map.of(), true);

        ValidationReport trimmed = inspector
                .validate(file, settings, columns, Map.of(), ScanListener.NONE, new CancellationToken())
                .orElseThrow();
        ValidationReport untrimmed = inspector
                .validate(file, settings.withTrim(false), columns, Map.of(), ScanListener.NONE, new CancellationToken())
                .orElseThrow();

        assertThat(trimmed.clean()).isTrue();
        assertThat(untrimmed.columns().get(1).first())
                .as("' NA ' is no NULL token untrimmed, and no number")
                .extracting(bad -> bad.value())
                .containsExactly(" NA ");
    }

    @Test
    void jsonValuesAreTrimmedAsWell() {
        Path file = Files2.write(dir, "rows.jsonl", "{\"id\": \" 1 \", \"name\": \"  Ann \"}\n");
        SourceSettings settings =
                inspector.detect(file).withFormat(SourceFormat.JSONL).withTrim(true);

        try (RecordReader reader = SourceReaders.open(file, settings)) {
            assertThat(reader.next()).map(SourceRecord::asList).contains(List.of("1", "Ann"));
        }
    }
}
