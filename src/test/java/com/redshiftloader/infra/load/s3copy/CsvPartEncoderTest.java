package com.redshiftloader.infra.load.s3copy;

import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.column;
import static com.redshiftloader.infra.load.s3copy.S3CopyFixture.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.infra.load.convert.StageRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPartEncoderTest {

    private final CsvPartEncoder encoder =
            new CsvPartEncoder(List.of(column(2, "text", varchar()), column(0, "n", ScalarType.INTEGER)));

    private String encode(long line, Object... values) {
        StringBuilder out = new StringBuilder();
        encoder.encode(new StageRow(line, values, 0), out);
        return out.toString();
    }

    @Test
    void columnsFollowThePlanOrderThenTheSourceLine() {
        assertThat(encode(7, "a", 1L)).isEqualTo("\"a\",\"1\",7\n");
    }

    @Test
    void nullIsTheUnquotedMarkerAndAnEmptyStringIsQuoted() {
        assertThat(encode(2, "", null)).isEqualTo("\"\",\\N,2\n");
        assertThat(encode(3, null, 5L)).isEqualTo("\\N,\"5\",3\n");
    }

    @Test
    void quotesAreDoubledAndBackslashesAndTheMarkerStayLiteral() {
        assertThat(encode(5, "say \"hi\" \\N", 1L)).isEqualTo("\"say \"\"hi\"\" \\N\",\"1\",5\n");
    }

    @Test
    void newlinesInsideValuesAreCountedForLineMapping() {
        StringBuilder out = new StringBuilder();
        int newlines = encoder.encode(new StageRow(9, new Object[] {"a\nb\nc", 1L}, 0), out);
        assertThat(newlines).isEqualTo(3);
    }

    @Test
    void datesTimestampsAndDecimalsAreWrittenInOneUnambiguousLayout() {
        CsvPartEncoder typed = new CsvPartEncoder(List.of(
                column(0, "d", ScalarType.DATE),
                column(1, "t", ScalarType.TIMESTAMP),
                column(2, "tz", ScalarType.TIMESTAMPTZ),
                column(3, "amount", ScalarType.BIGINT),
                column(4, "flag", ScalarType.BOOLEAN)));
        StringBuilder out = new StringBuilder();
        typed.encode(
                new StageRow(
                        4,
                        new Object[] {
                            LocalDate.of(2024, 3, 4),
                            LocalDateTime.of(2024, 3, 4, 5, 6, 7, 120_000_000),
                            OffsetDateTime.of(2024, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                            new BigDecimal("1E+3"),
                            Boolean.TRUE
                        },
                        0),
                out);
        assertThat(out.toString())
                .isEqualTo("\"2024-03-04\",\"2024-03-04 05:06:07.120000\",\"2024-03-04 05:06:07.000000+05:30\","
                        + "\"1000\",\"true\",4\n");
    }
}
