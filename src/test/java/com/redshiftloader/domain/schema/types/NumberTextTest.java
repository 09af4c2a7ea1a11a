package com.redshiftloader.domain.schema.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

    @ParameterizedTest(name = "{0} as REAL={1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1e400         | false | outside the range of DOUBLE PRECISION
            -1E400        | false | outside the range of DOUBLE PRECISION
            1e-400        | false | too close to zero for DOUBLE PRECISION
            -0.1e-330     | false | too close to zero for DOUBLE PRECISION
            1e39          | true  | outside the range of REAL
            1e-46         | true  | too close to zero for REAL
            1d            | false | not a number
            0x1p3         | false | not a number
            abc           | false | not a number
            """)
    void aNumberOutsideTheTypesRangeIsRefusedNeverInfinityOrZero(String text, boolean single, String reason) {
        assertThatThrownBy(() -> NumberText.floating(text, single))
                .isInstanceOf(ValueTextException.class)
                .hasMessageStartingWith(reason);
    }

    @ParameterizedTest(name = "{0} as REAL={1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.5e300       | false | 1.5e300
            4.9e-324      | false | 4.9e-324
            0e-400        | false | 0
            -0.0          | false | -0.0
            ' 2.5 '       | false | 2.5
            1e38          | true  | 1e38
            NaN           | false | NaN
            -Infinity     | false | -Infinity
            """)
    void aNumberWithinTheRangeIsItsValue(String text, boolean single, double expected) throws Exception {
        assertThat(Double.valueOf(NumberText.floating(text, single))).isEqualTo(Double.valueOf(expected));
    }

    @ParameterizedTest(name = "{0} digits before and {1} after need DECIMAL({2})")
    @CsvSource(textBlock = """
            0, 1, 2
            0, 0, 1
            1, 2, 3
            5, 0, 5
            """)
    void decimalPrecisionCountsAtLeastOneDigitBeforeThePoint(int integerDigits, int scale, int precision) {
        assertThat(NumberText.decimalPrecision(integerDigits, scale)).isEqualTo(precision);
    }
}
