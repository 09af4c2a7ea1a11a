package com.redshiftloader.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,    0 rows,     0 rows were
            1,    1 row,      1 row was
            2,    2 rows,     2 rows were
            1000, '1,000 rows', '1,000 rows were'
            """)
    void oneIsSingularAndEveryOtherCountPlural(long count, String counted, String subject) {
        assertThat(Counts.of(count, "row")).isEqualTo(counted);
        assertThat(Counts.were(count, "row")).isEqualTo(subject);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1, 1 bad byte
            3, 3 bad bytes
            """)
    void aPluralOfItsOwnIsUsedForEveryCountButOne(long count, String counted) {
        assertThat(Counts.of(count, "bad byte", "bad bytes")).isEqualTo(counted);
    }
}
