package com.redshiftloader.domain.schema.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.types.DateOrder;
import com.redshiftloader.domain.schema.types.DetectedPattern;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TypeCategory;
import com.redshiftloader.domain.schema.types.VarcharSizing;
import com.redshiftloader.domain.source.SourceSettings;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inference tables in the style of Tablesaw's ColumnTypeDetectorTest: values (separated by |) → type. */
public class ColumnAccumulatorTest {

    public static ColumnInference infer(String... values) {
        ColumnAccumulator accumulator = new ColumnAccumulator("c", SourceSettings.DEFAULT_NULL_TOKENS);
        for (int i = 0; i < values.length; i++) {
            accumulator.accept(values[i], i + 2);
        }
        return accumulator.result();
    }

    private static ColumnInference inferCell(String cell) {
        return infer(cell == null ? new String[] {""} : cell.split("\\|", -1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            true|false|TRUE|f|yes|No           ; BOOLEAN
            1|2|3                              ; INTEGER
            -32768|32767                       ; INTEGER
            32768|1                            ; INTEGER
            -2147483648|2147483647             ; INTEGER
            2147483648                         ; BIGINT
            9223372036854775807                ; BIGINT
            9223372036854775808                ; DECIMAL(19,0)
            1.5|2.25|10                        ; DECIMAL(4,2)
            0.5                                ; DECIMAL(2,1)
            .5                                 ; DECIMAL(2,1)
            0|0.5|0.25                         ; DECIMAL(3,2)
            -0.0                               ; DECIMAL(2,1)
            -123.456                           ; DECIMAL(6,3)
            0|0.5                              ; DECIMAL(2,1)
            12345678901234567890123456789012345678 ; DECIMAL(38,0)
            0.1234567890123456789012345678901234567 ; DECIMAL(38,37)
            0.12345678901234567890123456789012345678 ; DOUBLE PRECISION
            -1.5e-300|2E300                    ; DOUBLE PRECISION
            1e400                              ; VARCHAR(16)
            1.5|-1e400                         ; VARCHAR(16)
            1e-400|2                           ; VARCHAR(16)
            1e5|2                              ; DOUBLE PRECISION
            12345678901234567890.123456789012345678901 ; DOUBLE PRECISION
            2024-01-05|2023-12-31              ; DATE
            2024/01/05                         ; DATE
            2024-01-05 10:00:00|2024-01-06     ; TIMESTAMP
            2024-01-05T10:00:00.123            ; TIMESTAMP
            2024-01-05T10:00:00Z|2024-01-05 10:00:00 ; TIMESTAMPTZ
            2024-01-05 10:00:00+02:00          ; TIMESTAMPTZ
            01/05/2024 10:30 PM|12/31/2024 1:05 AM ; TIMESTAMP
            {"a": 1}|{"b": [1, 2]}             ; SUPER
            [1, 2]|[]                          ; SUPER
            hello|world                        ; VARCHAR(16)
            1|abc                              ; VARCHAR(16)
            2024-01-05|17                      ; VARCHAR(16)
            true|1                             ; VARCHAR(16)
            2024-02-30                         ; VARCHAR(16)
            25:00                              ; VARCHAR(16)
            """)
    public void infersTheNarrowestType(String values, String expected) {
        assertThat(inferCell(values).type().sql()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays text")
    @CsvSource(textBlock = """
            02134
            007
            00.5
            -007
            """)
    public void zeroPaddedNumbersStayText(String value) {
        assertThat(infer(value, "12345").type()).isInstanceOf(RedshiftType.Varchar.class);
    }

    @Test
    public void zeroAndFractionsBelowOneAreNumbers() {
        assertThat(infer("0", "0.5", "10").type()).isEqualTo(new RedshiftType.Decimal(3, 1));
        assertThat(infer("0", "1").type()).isEqualTo(ScalarType.INTEGER);
    }

    @Test
    public void ambiguousSlashDatesAssumeMonthFirstAndSaySo() {
        ColumnInference column = infer("01/02/2024", "03/04/2024");
        assertThat(column.type()).isEqualTo(ScalarType.DATE);
        assertThat(column.temporalPattern())
                .map(p -> ((DetectedPattern) p).order())
                .contains(DateOrder.MDY_SLASH);
        assertThat(column.loadFormat()).contains("MM/DD/YYYY");
        assertThat(column.notes()).anySatisfy(note -> assertThat(note).contains("ambiguous"));
    }

    @Test
    public void aFirstPartAboveTwelveProvesDayFirstAndIsTheEvidence() {
        ColumnInference column = infer("01/02/2024", "25/12/2024", "03/04/2024");
        assertThat(column.temporalPattern())
                .map(p -> ((DetectedPattern) p).order())
                .contains(DateOrder.DMY_SLASH);
        assertThat(column.loadFormat()).contains("DD/MM/YYYY");
        assertThat(column.notes()).isEmpty();
        assertThat(column.evidence().ruledOut()).contains(new RuledOut("MM/DD/YYYY", "25/12/2024", 3));
    }

    @Test
    public void aSecondPartAboveTwelveProvesMonthFirst() {
        ColumnInference column = infer("12/31/2024", "01/02/2024");
        assertThat(column.loadFormat()).contains("MM/DD/YYYY");
        assertThat(column.notes()).isEmpty();
    }

    @Test
    public void twelveHourClockKeepsItsPattern() {
        ColumnInference column = infer("01/05/2024 10:30:00 PM");
        assertThat(column.loadFormat()).contains("MM/DD/YYYY HH12:MI:SS AM");
        assertThat(column.temporalPattern().orElseThrow().toFormatter().parse("01/05/2024 10:30:00 pm"))
                .isNotNull();
    }

    @Test
    public void isoTimestampsWithZoneLoadWithAuto() {
        assertThat(infer("2024-01-05T10:00:00+01:00").loadFormat()).contains("auto");
        assertThat(infer("2024-01-05").loadFormat()).contains("YYYY-MM-DD");
    }

    @Test
    public void evidenceNamesTheFirstValueThatRuledOutANarrowerType() {
        ColumnInference column = infer("1", "2", "40000", "5000000000", "x");
        assertThat(column.evidence().ruledOut())
                .extracting(RuledOut::candidate, RuledOut::value, RuledOut::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INTEGER", "5000000000", 5L),
                        org.assertj.core.groups.Tuple.tuple("BIGINT", "x", 6L));
    }

    @Test
    public void nullTokensAreCountedNotTyped() {
        ColumnInference column = infer("", "NULL", "null", "\\N", "NA", "7");
        assertThat(column.type()).isEqualTo(ScalarType.INTEGER);
        assertThat(column.evidence().nulls()).isEqualTo(5);
        assertThat(column.evidence().values()).isEqualTo(1);
    }

    @Test
    public void nullTokensAreConfigurable() {
        ColumnAccumulator accumulator = new ColumnAccumulator("c", java.util.Set.of("-"));
        accumulator.accept("-", 2);
        accumulator.accept("NULL", 3);
        assertThat(accumulator.result().evidence().nulls()).isEqualTo(1);
        assertThat(accumulator.result().type()).isInstanceOf(RedshiftType.Varchar.class);
    }

    @Test
    public void onlyNullsBecomeVarchar256WithANote() {
        ColumnInference column = infer("", "NULL");
        assertThat(column.type()).isEqualTo(new RedshiftType.Varchar(256));
        assertThat(column.notes()).anySatisfy(note -> assertThat(note).contains("Only null"));
    }

    @Test
    public void varcharLengthCountsUtf8BytesWithHeadroom() {
        ColumnInference column = infer("héllo wörld €", "abc");
        assertThat(column.evidence().maxBytes()).isEqualTo(17);
        assertThat(column.type()).isEqualTo(new RedshiftType.Varchar(32));
    }

    @Test
    public void valuesLongerThanAVarcharAreReportedNotTruncated() {
        String huge = "x".repeat(70_000);
        ColumnInference column = infer("short", huge);
        assertThat(column.type()).isEqualTo(new RedshiftType.Varchar(65_535));
        assertThat(column.evidence().tooLong()).isEqualTo(1);
        assertThat(column.evidence().firstTooLong()).map(RuledOut::line).contains(3L);
        assertThat(column.notes()).anySatisfy(note -> assertThat(note).contains("exceed 65,535 bytes"));
    }

    @Test
    public void samplesAreAFewDistinctValues() {
        String[] values = new String[20];
        Arrays.setAll(values, i -> "v" + (i % 3));
        assertThat(infer(values).evidence().samples()).containsExactly("v0", "v1", "v2");
    }

    @Test
    public void epochNumbersBecomeTimestampsOnlyWhenAsked() {
        ColumnAccumulator accumulator = new ColumnAccumulator("c", SourceSettings.DEFAULT_NULL_TOKENS);
        accumulator.accept("1700000000", 2);
        assertThat(accumulator.result().type()).isEqualTo(ScalarType.INTEGER);
        ColumnInference asked = accumulator.result().asEpoch("epochsecs");
        assertThat(asked.type()).isEqualTo(ScalarType.TIMESTAMP);
        assertThat(asked.loadFormat()).contains("epochsecs");
    }

    @Test
    public void onlyWholeNumbersAreReadAsEpochTimesAndOtherColumnsSayWhyNot() {
        ColumnAccumulator decimals = new ColumnAccumulator("c", SourceSettings.DEFAULT_NULL_TOKENS);
        decimals.accept("1700000000.5", 2);
        ColumnInference asked = decimals.result().asEpoch("epochmillisecs");
        assertThat(asked.type().sql()).isEqualTo("DECIMAL(11,1)");
        assertThat(asked.notes()).anyMatch(note -> note.startsWith("Not read as epochmillisecs"));
    }

    @Test
    public void jsonCategoriesSeparateObjectsFromArrays() {
        assertThat(infer("{\"a\":1}").category()).isEqualTo(TypeCategory.OBJECT);
        assertThat(infer("[1]").category()).isEqualTo(TypeCategory.ARRAY);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0, 16
            12, 16
            14, 32
            50, 64
            60, 128
            1000, 2048
            30000, 65535
            65535, 65535
            """)
    public void varcharSizingRule(int maxBytes, int expected) {
        assertThat(VarcharSizing.lengthFor(maxBytes)).isEqualTo(expected);
    }
}
