package com.redshiftloader.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            table,    table,    0
            tabel,    table,    1
            tabl,     table,    1
            pasword,  password, 1
            lod,      load,     1
            '',       abc,      3
            abc,      '',       3
            kitten,   sitting,  3
            """)
    void countsInsertsDeletesReplacementsAndSwapsOfNeighbours(String a, String b, int edits) {
        assertThat(EditDistance.between(a, b)).isEqualTo(edits);
        assertThat(EditDistance.between(b, a)).isEqualTo(edits);
    }
}
