package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.S3CopyFixture.column;
import static com.redshiftloader.infra.load.S3CopyFixture.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ScalarType;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvPartEncoderTest {

    private final CsvPartEncoder encoder = new CsvPartEncoder(
            List.of(column(2, "text", varchar()), column(0, "n", ScalarType.INTEGER)),
            SourceSettings.csv().withNullTokens(Set.of("NULL")));

    private String encode(long line, String... fields) {
        StringBuilder out = new StringBuilder();
        encoder.encode(new SourceRecord(line, fields), out);
        return out.toString();
    }

    @Test
    void columnsFollowThePlanOrderThenTheSourceLine() {
        assertThat(encode(7, "1", "skipped", "a")).isEqualTo("\"a\",\"1\",7\n");
    }

    @Test
    void nullIsTheUnquotedMarkerAndAnEmptyStringIsQuoted() {
        assertThat(encode(2, "NULL", "", "")).isEqualTo("\"\",\\N,2\n");
        assertThat(encode(3, "5", "", "NULL")).isEqualTo("\\N,\"5\",3\n");
    }

    @Test
    void aMissingFieldIsNull() {
        assertThat(encode(4, "5")).isEqualTo("\\N,\"5\",4\n");
    }

    @Test
    void quotesAreDoubledAndBackslashesAndTheMarkerStayLiteral() {
        assertThat(encode(5, "1", "", "say \"hi\" \\N")).isEqualTo("\"say \"\"hi\"\" \\N\",\"1\",5\n");
    }

    @Test
    void newlinesInsideValuesAreCountedForLineMapping() {
        StringBuilder out = new StringBuilder();
        int newlines = encoder.encode(new SourceRecord(9, new String[] {"1", "", "a\nb\nc"}), out);
        assertThat(newlines).isEqualTo(3);
    }
}
