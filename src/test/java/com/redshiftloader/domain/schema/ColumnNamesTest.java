package com.redshiftloader.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.sql.SqlIdentifiers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNamesTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Customer ID      ; customer_id
            'a b'            ; a_b
            Prix (€)         ; prix____
            1st place        ; _1st_place
            '  Spaced  '     ; spaced
            Ünïcode          ; _n_code
            order            ; order
            """)
    void normalisesOneName(String source, String expected) {
        assertThat(ColumnNames.single(source, true, 1)).isEqualTo(expected);
    }

    @Test
    void keepsCaseWhenLowerCaseIsOff() {
        assertThat(ColumnNames.single("Customer ID", false, 1)).isEqualTo("Customer_ID");
    }

    @Test
    void emptyHeadersBecomeColumnN() {
        assertThat(ColumnNames.normalise(List.of("a", "", " "), true)).containsExactly("a", "column_2", "column_3");
    }

    @Test
    void collisionsGetSuffixes() {
        assertThat(ColumnNames.normalise(List.of("a b", "a_b", "A B", "a_b_2"), true))
                .containsExactly("a_b", "a_b_2", "a_b_3", "a_b_2_2");
    }

    @Test
    void namesAreCappedAt127Bytes() {
        List<String> names = ColumnNames.normalise(List.of("x".repeat(200), "x".repeat(300)), true);
        assertThat(names.get(0).getBytes(StandardCharsets.UTF_8)).hasSize(127);
        assertThat(names.get(1)).hasSize(127).endsWith("_2");
    }

    @Test
    void reservedWordsAreQuoted() {
        assertThat(SqlIdentifiers.quote("order")).isEqualTo("\"order\"");
    }

    @Test
    void quotingDoublesQuotes() {
        assertThat(SqlIdentifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(SqlIdentifiers.qualified("s", "t")).isEqualTo("\"s\".\"t\"");
    }
}
