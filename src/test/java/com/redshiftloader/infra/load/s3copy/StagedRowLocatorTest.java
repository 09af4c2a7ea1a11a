package com.redshiftloader.infra.load.s3copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StagedRowLocatorTest {

    private static final String PART = "\"a\",2\n\"b\nstill b\nand b\",3\n\\N,\"c,\"\"q\"\"\",6\n";

    private static long at(long line) throws Exception {
        return StagedRowLocator.scan(new StringReader(PART), line).orElse(-1);
    }

    @Test
    void everyPhysicalLineOfAMultiLineRowMapsToItsSourceLine() throws Exception {
        assertThat(at(1)).isEqualTo(2);
        assertThat(at(2)).isEqualTo(3);
        assertThat(at(3)).isEqualTo(3);
        assertThat(at(4)).isEqualTo(3);
        assertThat(at(5)).isEqualTo(6);
        assertThat(at(6)).isEqualTo(-1);
    }

    @Test
    void aPartCutShortInsideAQuotedValueIsAnErrorNotARowWithoutALine() {
        assertThatThrownBy(() -> StagedRowLocator.scan(new StringReader("\"a\",2\n\"cut off,"), 2))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Unterminated quoted field");
    }

    @Test
    void aCompleteRawLineGivesItsLastField() {
        assertThat(StagedRowLocator.fromRawLine("\"x\",\"abc\",500 ")).hasValue(500);
        assertThat(StagedRowLocator.fromRawLine("\"truncated raw li")).isEmpty();
    }
}
