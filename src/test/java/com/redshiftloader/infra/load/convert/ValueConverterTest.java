package com.redshiftloader.infra.load.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.DateOrder;
import com.redshiftloader.domain.schema.types.DetectedPattern;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueConverterTest {

    private static Object convert(String type, String text) throws ConversionException {
        return converter(type, Optional.empty()).convert(text);
    }

    private static ValueConverter converter(String type, Optional<TemporalPattern> pattern) {
        return new ValueConverter(
                new ColumnSpec(0, "c", "c", RedshiftTypeParser.parse(type), ColumnSpec.Origin.OVERRIDE), pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SMALLINT         | 32767                              | 32767
            BIGINT           | -9223372036854775808               | -9223372036854775808
            DECIMAL(38,10)   | 12345678901234567890.1234567891     | 12345678901234567890.1234567891
            DECIMAL(10,2)    | 1.5                                | 1.5
            DECIMAL(10,2)    | 1.2300                             | 1.23
            BOOLEAN          | Yes                                | true
            BOOLEAN          | 0                                  | false
            DATE             | 2024-02-29                         | 2024-02-29
            TIMESTAMP        | 2024-03-31 01:30:00.123456         | 2024-03-31T01:30:00.123456
            TIMESTAMP        | 2024-03-31T01:30                   | 2024-03-31T01:30
            TIMESTAMP        | 2024-03-31T01:30:05.1              | 2024-03-31T01:30:05.100
            TIMESTAMP        | 2024-03-31 23:59:59.123456         | 2024-03-31T23:59:59.123456
            TIMESTAMP        | ' 2024-03-31 01:30:00'             | 2024-03-31T01:30
            TIMESTAMPTZ      | 2024-03-31 01:30:00+05:30          | 2024-03-31T01:30+05:30
            TIMESTAMPTZ      | 2024-03-31T01:30:00Z               | 2024-03-31T01:30Z
            TIMESTAMPTZ      | 2024-03-31 01:30:00+05             | 2024-03-31T01:30+05:00
            TIMESTAMPTZ      | 2024-03-31 01:30:00                | 2024-03-31T01:30Z
            VARCHAR(5)       | 00042                              | 00042
            """)
    void convertsExactly(String type, String text, String expected) throws ConversionException {
        assertThat(convert(type, text).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SMALLINT       | 32768          | out of range
            INTEGER        | 1.0            | not a whole number
            DECIMAL(10,2)  | 1.005          | more than 2 digits after the point
            DECIMAL(4,2)   | 123.4          | too large for DECIMAL(4,2)
            BOOLEAN        | maybe          | not a boolean
            DATE           | 31/02/2024     | not a valid date
            DATE           | 2023-02-29     | not a valid date
            TIMESTAMP      | 2024-02-30 10:00:00 | not a valid timestamp
            TIMESTAMP      | 2024-01-01 24:00:00 | not a valid timestamp
            TIMESTAMP      | 2024-01-01 10:00:00.1234567890 | not a valid timestamp
            TIMESTAMP      | 2024-01-01 10:00:00.1234567 | more than 6 digits after the second
            TIMESTAMPTZ    | 2024-01-01 10:00:00.123456789+01:00 | more than 6 digits after the second
            TIMESTAMPTZ    | yesterday      | not a valid timestamp with time zone
            VARCHAR(4)     | ééé            | 6 bytes, longer than VARCHAR(4)
            """)
    void refusesWhatWouldNotLoadExactly(String type, String text, String reason) {
        assertThatThrownBy(() -> convert(type, text))
                .isInstanceOfSatisfying(
                        ConversionException.class, e -> assertThat(e.reason()).contains(reason));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '  padded  '
            'tab\there'
            ''
            """)
    void textIsNeverTrimmed(String text) throws ConversionException {
        assertThat(convert("VARCHAR(20)", text)).isSameAs(text);
    }

    @Test
    void detectedLayoutsAreUsedForDatesAndTimestamps() throws ConversionException {
        TemporalPattern date = new DetectedPattern(DateOrder.DMY_SLASH, false, false, false, 0, false, ' ');
        TemporalPattern clock = new DetectedPattern(DateOrder.MDY_SLASH, true, true, true, 0, false, ' ');
        assertThat(converter("DATE", Optional.of(date)).convert("31/12/2024")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(converter("TIMESTAMP", Optional.of(clock)).convert("12/31/2024 1:05:09 PM"))
                .isEqualTo(LocalDateTime.of(2024, 12, 31, 13, 5, 9));
        assertThat(converter("TIMESTAMPTZ", Optional.of(clock)).convert("12/31/2024 1:05:09 PM"))
                .isEqualTo(OffsetDateTime.parse("2024-12-31T13:05:09Z"));
        assertThat(convert("DECIMAL(12,2)", "10")).isEqualTo(new BigDecimal("10"));
    }

    @Test
    void aDetectedLayoutRefusesImpossibleDatesInsteadOfMovingThem() {
        TemporalPattern dayFirst = new DetectedPattern(DateOrder.DMY_SLASH, true, false, true, 0, false, ' ');
        assertThatThrownBy(() -> converter("TIMESTAMP", Optional.of(dayFirst)).convert("30/02/2024 10:00:00"))
                .isInstanceOf(ConversionException.class);
        TemporalPattern iso = new DetectedPattern(DateOrder.YMD_DASH, false, false, false, 0, false, ' ');
        assertThatThrownBy(() -> converter("DATE", Optional.of(iso)).convert("2024-2-30"))
                .isInstanceOf(ConversionException.class);
    }
}
