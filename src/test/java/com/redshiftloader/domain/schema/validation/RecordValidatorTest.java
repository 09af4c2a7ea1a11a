package com.redshiftloader.domain.schema.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.DateOrder;
import com.redshiftloader.domain.schema.types.DetectedPattern;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordValidatorTest {

    @ParameterizedTest(name = "{1} into {0}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            INTEGER        ; abc          ; not a whole number
            INTEGER        ; 1.5          ; not a whole number
            SMALLINT       ; 40000        ; out of range
            DECIMAL(5,2)   ; 1234.5       ; too large for DECIMAL(5,2)
            DATE           ; 2024-02-30   ; not a valid date
            TIMESTAMP      ; yesterday    ; not a valid timestamp
            BOOLEAN        ; maybe        ; not a boolean
            VARCHAR(3)     ; abcd         ; longer than VARCHAR(3)
            DOUBLE PRECISION ; x1        ; not a number
            DOUBLE PRECISION ; 1e400     ; outside the range of DOUBLE PRECISION
            REAL           ; 1e39         ; outside the range of REAL
            DECIMAL(3,1)   ; 1.25         ; too precise
            """)
    void reportsValuesThatWouldNotLoad(String type, String value, String reason) {
        assertThat(new ValueValidator(RedshiftTypeParser.parse(type), Optional.empty()).problem(value))
                .hasValueSatisfying(problem -> assertThat(problem).contains(reason));
    }

    @ParameterizedTest(name = "{1} into {0}")
    @CsvSource(delimiter = ';', textBlock = """
            INTEGER        ; 007
            DECIMAL(5,2)   ; 123.45
            DATE           ; 2024-02-29
            BOOLEAN        ; Yes
            VARCHAR(3)     ; abc
            SUPER          ; {"a":1}
            """)
    void acceptsValuesThatLoad(String type, String value) {
        assertThat(new ValueValidator(RedshiftTypeParser.parse(type), Optional.empty()).problem(value))
                .isEmpty();
    }

    @Test
    void countsPerColumnAndListsTheFirstWithLines() {
        ColumnSpec id = new ColumnSpec(0, "id", "id", ScalarType.INTEGER, ColumnSpec.Origin.OVERRIDE);
        ColumnSpec text = new ColumnSpec(1, "t", "t", new RedshiftType.Varchar(5), ColumnSpec.Origin.INFERRED);
        RecordValidator validator =
                new RecordValidator(List.of(id, text), SourceSettings.DEFAULT_NULL_TOKENS, Map.of());
        validator.accept(new SourceRecord(2, new String[] {"1", "ok"}));
        validator.accept(new SourceRecord(3, new String[] {"abc", "x".repeat(70_000)}));
        validator.accept(new SourceRecord(4, new String[] {"", "fine"}));
        validator.accept(new SourceRecord(5, new String[] {"x"}));
        ValidationReport report = validator.report();
        assertThat(report.clean()).isFalse();
        assertThat(report.columns().get(0).invalid()).isEqualTo(2);
        assertThat(report.columns().get(0).first())
                .extracting(InvalidValue::line)
                .containsExactly(3L, 5L);
        assertThat(report.columns().get(1).invalid()).isEqualTo(1);
        assertThat(report.columns().get(1).first().get(0).reason()).contains("70,000 bytes");
    }

    /**
     * The check reads dates as the load does, with the column's detected layout: a day-first date the load takes is
     * taken, and an impossible one, or one in another layout, is reported (the scan's shape reader would take both).
     */
    @Test
    void datesAreCheckedWithTheColumnsLayoutAsTheLoadReadsThem() {
        ColumnSpec day = new ColumnSpec(0, "day", "day", ScalarType.DATE, ColumnSpec.Origin.INFERRED);
        TemporalPattern dayFirst = new DetectedPattern(DateOrder.DMY_SLASH, false, false, false, 0, false, ' ');
        RecordValidator validator =
                new RecordValidator(List.of(day), SourceSettings.DEFAULT_NULL_TOKENS, Map.of("day", dayFirst));
        validator.accept(new SourceRecord(2, new String[] {"13/03/2024"}));
        validator.accept(new SourceRecord(3, new String[] {"31/02/2024"}));
        validator.accept(new SourceRecord(4, new String[] {"2024-03-13"}));
        ValidationReport report = validator.report();
        assertThat(report.columns().get(0).first())
                .extracting(InvalidValue::line)
                .containsExactly(3L, 4L);
        assertThat(report.columns().get(0).first().get(0).reason()).startsWith("not a valid date");
    }
}
