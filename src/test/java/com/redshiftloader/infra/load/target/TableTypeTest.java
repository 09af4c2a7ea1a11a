package com.redshiftloader.infra.load.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            character varying(20)       | VARCHAR(20)   | true
            character varying(20)       | VARCHAR(21)   | false
            character varying(20)       | INTEGER       | true
            text                        | VARCHAR(9999) | true
            integer                     | SMALLINT      | true
            integer                     | BIGINT        | false
            integer                     | VARCHAR(3)    | false
            integer                     | DECIMAL(5,2)  | false
            bigint                      | DECIMAL(18,0) | true
            numeric(10,2)               | DECIMAL(8,2)  | true
            numeric(10,2)               | DECIMAL(10,3) | false
            numeric(10,2)               | INTEGER       | false
            numeric(12,2)               | INTEGER       | true
            double precision            | DECIMAL(10,3) | true
            boolean                     | VARCHAR(5)    | false
            date                        | TIMESTAMP     | true
            timestamp with time zone    | VARCHAR(30)   | false
            super                       | VARCHAR(30)   | true
            jsonb                       | SUPER         | true
            """)
    void decidesWhetherThePlannedTypeFits(String tableType, String planned, boolean fits) {
        assertThat(TableType.parse(tableType)
                        .conflict(RedshiftTypeParser.parse(planned))
                        .isEmpty())
                .isEqualTo(fits);
    }
}
