package com.redshiftloader.infra.load.pgcopy;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.DateOrder;
import com.redshiftloader.domain.schema.types.DetectedPattern;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryValueRuleTest {

    private static final TemporalPattern ISO_SPACE =
            new DetectedPattern(DateOrder.YMD_DASH, true, false, true, 0, false, ' ');
    private static final TemporalPattern ISO_ZONE =
            new DetectedPattern(DateOrder.YMD_DASH, true, false, true, 0, true, 'T');

    private static BinaryValueRule rule(String type, Optional<TemporalPattern> pattern) {
        RedshiftType parsed = RedshiftTypeParser.parse(type);
        return BinaryValueRule.of(new ColumnSpec(0, "c", "c", parsed, ColumnSpec.Origin.INFERRED), pattern)
                .orElseThrow();
    }

    private static boolean accepts(BinaryValueRule rule, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[bytes.length + 8];
        System.arraycopy(bytes, 0, padded, 0, bytes.length);
        return rule.refuse(padded, bytes.length) == null;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SMALLINT      | 32767                      | true
            SMALLINT      | 32768                      | false
            SMALLINT      | -32768                     | true
            INTEGER       | 007                        | true
            INTEGER       | +5                         | false
            INTEGER       | ' 5'                       | false
            INTEGER       | 1_000                      | false
            INTEGER       | -                          | false
            BIGINT        | 9223372036854775807        | true
            BIGINT        | 9999999999999999999        | false
            DECIMAL(5,2)  | 123.45                     | true
            DECIMAL(5,2)  | 1.005                      | false
            DECIMAL(5,2)  | 1.500                      | true
            DECIMAL(5,2)  | 1234.5                     | false
            DECIMAL(5,2)  | 000123.4                   | true
            DECIMAL(5,2)  | 1e2                        | false
            DECIMAL(5,2)  | .5                         | false
            DECIMAL(5,2)  | 5.                         | false
            DECIMAL(2,2)  | 0                          | false
            DECIMAL(2,2)  | -0.00                      | true
            DECIMAL(2,2)  | 0.5                        | true
            BOOLEAN       | TRUE                       | true
            BOOLEAN       | n                          | true
            BOOLEAN       | on                         | false
            BOOLEAN       | ' true'                    | false
            DATE          | 2024-02-29                 | true
            DATE          | 2024-2-29                  | false
            DATE          | 29/02/2024                 | false
            DATE          | 2024-02-29 10:00:00        | false
            TIMESTAMP     | 2024-02-29 23:59:59.123456 | true
            TIMESTAMP     | 2024-02-29T23:59           | true
            TIMESTAMP     | 2024-02-29                 | true
            TIMESTAMP     | 2024-02-29 24:00:00        | false
            TIMESTAMP     | 2024-02-29 23:59:60        | false
            TIMESTAMP     | 2024-02-29 23:59:59.1234567| false
            TIMESTAMP     | 2024-02-29 23:59:59Z       | false
            TIMESTAMPTZ   | 2024-02-29 23:59:59Z       | true
            TIMESTAMPTZ   | 2024-02-29 23:59:59+05:30  | true
            TIMESTAMPTZ   | 2024-02-29 23:59:59-08     | true
            TIMESTAMPTZ   | 2024-02-29 23:59:59+0530   | false
            TIMESTAMPTZ   | 2024-02-29 23:59:59        | false
            TIMESTAMPTZ   | 2024-02-29                 | false
            VARCHAR(4)    | abcd                       | true
            VARCHAR(4)    | ééé                        | false
            VARCHAR(4)    | éé                         | true
            CHAR(2)       | ab                         | true
            """)
    void acceptsOnlyValuesBothReadTheSameWithoutALayout(String type, String value, boolean accepted) {
        assertThat(accepts(rule(type, Optional.empty()), value)).isEqualTo(accepted);
    }

    @Test
    void aDetectedLayoutFixesTheSeparatorAndWhetherAZoneIsThere() {
        BinaryValueRule space = rule("TIMESTAMP", Optional.of(ISO_SPACE));
        assertThat(accepts(space, "2024-01-01 10:00:00")).isTrue();
        assertThat(accepts(space, "2024-01-01T10:00:00")).isFalse();
        assertThat(accepts(space, "2024-01-01")).isFalse();

        BinaryValueRule zoned = rule("TIMESTAMPTZ", Optional.of(ISO_ZONE));
        assertThat(accepts(zoned, "2024-01-01T10:00:00+02:00")).isTrue();
        assertThat(accepts(zoned, "2024-01-01T10:00:00")).isFalse();

        // without offsets, TIMESTAMPTZ values are UTC to the converter but in the session's zone to COPY
        assertThat(BinaryValueRule.of(column("TIMESTAMPTZ"), Optional.of(ISO_SPACE)))
                .isEmpty();
    }

    @Test
    void typesAndLayoutsCopyReadsDifferentlyHaveNoRule() {
        TemporalPattern dayFirst = new DetectedPattern(DateOrder.DMY_SLASH, false, false, false, 0, false, ' ');
        TemporalPattern clock12 = new DetectedPattern(DateOrder.YMD_DASH, true, true, true, 0, false, ' ');
        assertThat(BinaryValueRule.of(column("DATE"), Optional.of(dayFirst))).isEmpty();
        assertThat(BinaryValueRule.of(column("TIMESTAMP"), Optional.of(clock12)))
                .isEmpty();
        assertThat(BinaryValueRule.of(column("DOUBLE PRECISION"), Optional.empty()))
                .isEmpty();
        assertThat(BinaryValueRule.of(column("SUPER"), Optional.empty())).isEmpty();
    }

    private static ColumnSpec column(String type) {
        return new ColumnSpec(0, "c", "c", RedshiftTypeParser.parse(type), ColumnSpec.Origin.INFERRED);
    }
}
