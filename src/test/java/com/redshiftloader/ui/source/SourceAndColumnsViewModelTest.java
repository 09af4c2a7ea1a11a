package com.redshiftloader.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.profile.BindResult;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.ui.columns.ColumnRow;
import com.redshiftloader.ui.columns.ColumnsStepViewModel;
import com.redshiftloader.ui.common.DialogService;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import com.redshiftloader.ui.wizard.StepHandover;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Source and Columns steps' ViewModels over the real file inspector, without a window. */
class SourceAndColumnsViewModelTest {

    @TempDir
    Path directory;

    private final AtomicReference<Optional<ConnectionProfile>> profile = new AtomicReference<>(Optional.empty());
    private final DialogService dialogs = Optional::empty;
    private final FileSourceInspector inspector = new FileSourceInspector();
    private final DirectBackgroundTasks tasks = new DirectBackgroundTasks();
    private final SourceStepViewModel source = new SourceStepViewModel(inspector, tasks, dialogs);
    private final ColumnsStepViewModel columns = StepHandover.columnsStep(source, profile::get, inspector, tasks);

    private Path orders() throws Exception {
        Path file = directory.resolve("Orders 2026.csv");
        Files.writeString(file, """
                order id;zip;ordered on;amount;note
                1;02134;2026-01-15;19.99;"Zoë; \"\"VIP\"\""
                2;10001;2026-02-01;5.00;plain
                3;00501;2026-03-31;1250.50;
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aUtf8FileWithABadByteSaysWhereAndLoadsWithReplacementOnlyWhenChosen() throws Exception {
        Path file = com.redshiftloader.testinfra.CafeFiles.oneBadByte(directory.resolve("cafes.csv"));

        source.open(file);

        assertThat(source.encodingEvidenceProperty().get())
                .isEqualTo("Detected encoding: UTF-8 except 1 bad byte, first at line 702, byte 10 (0xE9)");
        assertThat(source.settings().encodingProperty().get()).isEqualTo("UTF-8");
        assertThat(source.errorProperty().get())
                .contains("line 702")
                .contains("byte 10 of the line (0xE9) is not UTF-8")
                .contains("Read bytes that are not UTF-8 as U+FFFD");
        assertThat(source.validProperty().get()).isFalse();

        source.settings().replaceBadBytesProperty().set(true);

        assertThat(source.errorProperty().get()).isEmpty();
        assertThat(source.scannedProperty().get().replacedBytes()).isEqualTo(1);
        assertThat(source.warnings())
                .anyMatch(warning -> warning.equals("Line 702: byte 10 (0xE9) is not UTF-8; it was read as U+FFFD"));
        assertThat(source.effectiveSettings().orElseThrow().badBytes())
                .isEqualTo(com.redshiftloader.domain.source.BadBytes.REPLACE);
        assertThat(source.validProperty().get()).isTrue();
    }

    @Test
    void editingTheNullValuesAndTrimReReadsTheFileAndKeepsWhatTheUserTyped() throws Exception {
        Path file = directory.resolve("scores.csv");
        Files.writeString(file, "id,qty,score\n1,  42 ,n/a\n2,7,5\n", StandardCharsets.UTF_8);
        source.open(file);
        assertThat(source.settings().nullTokensProperty().get()).isEqualTo("NULL, null, \\N, NA");
        assertThat(columns.rows().get(1).inferredTypeProperty().get()).startsWith("VARCHAR");

        source.settings().trimProperty().set(true);
        source.settings().nullTokensProperty().set("n/a ,  NULL");
        source.settings().emptyIsNullProperty().set(false);

        assertThat(source.effectiveSettings().orElseThrow().trim()).isTrue();
        assertThat(source.effectiveSettings().orElseThrow().nullTokens()).isEqualTo(java.util.Set.of("n/a", "NULL"));
        assertThat(source.settings().nullTokensProperty().get())
                .as("the field keeps the user's spelling")
                .isEqualTo("n/a ,  NULL");
        assertThat(columns.rows().get(1).inferredTypeProperty().get()).isEqualTo("INTEGER");
        assertThat(columns.rows().get(2).inferredTypeProperty().get()).isEqualTo("INTEGER");
    }

    @Test
    void opensAFileDetectsItsDialectAndScansItWhole() throws Exception {
        source.open(orders());
        assertThat(source.errorProperty().get()).isEmpty();
        assertThat(source.settings().delimiterProperty().get()).isEqualTo(";");
        assertThat(source.settings().headerProperty().get()).isTrue();
        assertThat(source.previewColumns()).containsExactly("order id", "zip", "ordered on", "amount", "note");
        assertThat(source.previewRows()).hasSize(3);
        assertThat(source.previewRows().getFirst().field(4)).contains("Zoë; \"VIP\"");
        assertThat(source.scannedProperty().get()).isNotNull();
        assertThat(source.scannedProperty().get().records()).isEqualTo(3);
        assertThat(source.validProperty().get()).isTrue();
    }

    @Test
    void columnsKeepZipCodesAsTextAndNameTheTableAfterTheFile() throws Exception {
        source.open(orders());
        assertThat(columns.rows())
                .extracting(ColumnRow::source)
                .containsExactly("order id", "zip", "ordered on", "amount", "note");
        assertThat(columns.rows())
                .extracting(row -> row.nameProperty().get())
                .containsExactly("order_id", "zip", "ordered_on", "amount", "note");
        assertThat(columns.rows().get(1).inferredTypeProperty().get()).startsWith("VARCHAR");
        assertThat(columns.rows().get(2).inferredTypeProperty().get()).isEqualTo("DATE");
        assertThat(columns.rows().get(3).inferredTypeProperty().get()).isEqualTo("DECIMAL(6,2)");
        assertThat(columns.columns().get(1).type().sql()).startsWith("VARCHAR(");
        assertThat(columns.validProperty().get()).isTrue();
    }

    @Test
    void overridesAreValidatedAndApplied() throws Exception {
        source.open(orders());
        ColumnRow amount = columns.rows().get(3);
        amount.overrideProperty().set("DECIMAL(40,2)");
        assertThat(amount.overrideProblemProperty().get()).contains("precision");
        assertThat(columns.validProperty().get()).isFalse();
        assertThat(columns.problemProperty().get()).startsWith("Column amount:");

        amount.overrideProperty().set("numeric(12,3)");
        assertThat(columns.validProperty().get()).isTrue();
        assertThat(columns.columns())
                .extracting(ColumnSpec::name, c -> c.type().sql())
                .contains(org.assertj.core.groups.Tuple.tuple("amount", "DECIMAL(12,3)"));
        columns.rows().get(4).includeProperty().set(false);
        assertThat(columns.columns()).extracting(ColumnSpec::name).doesNotContain("note");
        columns.rows().get(1).nameProperty().set("amount");
        assertThat(columns.problemProperty().get()).isEqualTo("Two columns are named amount; rename one");
    }

    @Test
    void checkingValuesFindsThoseThatWouldNotLoadWithTheirLines() throws Exception {
        source.open(orders());
        columns.checkValues();
        assertThat(columns.checkStatusProperty().get()).isEqualTo("3 records checked: every value fits its column");
        assertThat(columns.valueProblems()).isEmpty();

        columns.rows().get(1).overrideProperty().set("SMALLINT");
        columns.rows().get(4).overrideProperty().set("VARCHAR(5)");
        columns.checkValues();
        assertThat(columns.checkStatusProperty().get()).startsWith("3 records checked: fix the columns");
        assertThat(columns.valueProblems())
                .anySatisfy(line -> assertThat(line).startsWith("note (VARCHAR(5)): 1 value would not load"))
                .anySatisfy(line -> assertThat(line).contains("line 2").contains("Zoë"));
    }

    @Test
    void epochNumbersBecomeTimestampsOnlyWhenAsked() throws Exception {
        Path file = directory.resolve("events.csv");
        Files.writeString(file, "id,created\n1,1700000000\n2,1700003600\n");
        source.open(file);
        ColumnRow created = columns.rows().get(1);
        assertThat(created.inferredTypeProperty().get()).isEqualTo("INTEGER");
        created.epochProperty().set("epochsecs");
        assertThat(created.inferredTypeProperty().get()).isEqualTo("TIMESTAMP");
        assertThat(columns.columns().get(1).type().sql()).isEqualTo("TIMESTAMP");
        created.epochProperty().set(ColumnRow.NOT_EPOCH);
        assertThat(columns.columns().get(1).type().sql()).isEqualTo("INTEGER");
    }

    @Test
    void theProfilesTypeMappingAndEngineApply() throws Exception {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("host", "h.example.com");
        keys.put("database", "dev");
        keys.put("user", "u");
        keys.put("table", "orders");
        keys.put("type_mapping.string", "VARCHAR(1000)");
        ConnectionProfile redshift =
                ((BindResult.Valid) ProfileBinder.withRedshiftTypes().bind("p", keys)).profile();
        profile.set(Optional.of(redshift));
        source.open(orders());
        assertThat(columns.rows().get(4).inferredTypeProperty().get()).isEqualTo("VARCHAR(1000)");
    }

    @Test
    void aChangedDelimiterReReadsThePreview() throws Exception {
        source.open(orders());
        source.settings().delimiterProperty().set(",");
        assertThat(source.previewColumns()).containsExactly("order id;zip;ordered on;amount;note");
        source.settings().delimiterProperty().set(";");
        assertThat(source.previewColumns()).hasSize(5);
        source.settings().formatProperty().set(SourceFormat.JSONL);
        assertThat(source.errorProperty().get()).contains("Orders 2026.csv");
        assertThat(source.validProperty().get()).isFalse();
    }

    @Test
    void anUnreadableFileSaysWhereAndWhy() throws Exception {
        Path bad = directory.resolve("bad.json");
        Files.writeString(bad, "[{\"a\": 1}, {\"a\": }]");
        source.open(bad);
        assertThat(source.errorProperty().get()).contains("bad.json").contains("line 1");
        assertThat(source.validProperty().get()).isFalse();
    }
}
