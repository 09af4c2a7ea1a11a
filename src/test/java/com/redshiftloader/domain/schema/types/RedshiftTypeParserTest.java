package com.redshiftloader.domain.schema.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedshiftTypeParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            varchar(10)                 ; VARCHAR(10)
            VARCHAR ( 12 )              ; VARCHAR(12)
            varchar                     ; VARCHAR(256)
            varchar(max)                ; VARCHAR(65535)
            character varying(20)       ; VARCHAR(20)
            nvarchar(5)                 ; VARCHAR(5)
            text                        ; VARCHAR(256)
            char                        ; CHAR(1)
            bpchar(3)                   ; CHAR(3)
            numeric(12,2)               ; DECIMAL(12,2)
            decimal(38, 0)              ; DECIMAL(38,0)
            decimal                     ; DECIMAL(18,0)
            numeric(5)                  ; DECIMAL(5,0)
            int2                        ; SMALLINT
            int                         ; INTEGER
            int4                        ; INTEGER
            int8                        ; BIGINT
            bigint                      ; BIGINT
            float4                      ; REAL
            float                       ; DOUBLE PRECISION
            double   precision          ; DOUBLE PRECISION
            bool                        ; BOOLEAN
            date                        ; DATE
            timestamp                   ; TIMESTAMP
            timestamp without time zone ; TIMESTAMP
            timestamptz                 ; TIMESTAMPTZ
            timestamp with time zone    ; TIMESTAMPTZ
            time                        ; TIME
            timetz                      ; TIMETZ
            super                       ; SUPER
            varbyte                     ; VARBYTE
            """)
    void parsesTypesAsRedshiftDoes(String text, String sql) {
        assertThat(RedshiftTypeParser.parse(text).sql()).isEqualTo(sql);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            varchar(0)        ; between 1 and 65535
            varchar(70000)    ; between 1 and 65535
            numeric(39,2)     ; between 1 and 38
            numeric(5,6)      ; scale must be between 0 and the precision
            char(5000)        ; between 1 and 4096
            integer(4)        ; takes no length
            text(10)          ; takes no length
            strng             ; is not a Redshift type
            varchar(ten)      ; is not a whole number
            ''                ; is not a Redshift type
            """)
    void rejectsInvalidTypesWithAReason(String text, String reason) {
        assertThatThrownBy(() -> RedshiftTypeParser.parse(text))
                .isInstanceOf(InvalidTypeException.class)
                .hasMessageContaining(reason);
    }
}
