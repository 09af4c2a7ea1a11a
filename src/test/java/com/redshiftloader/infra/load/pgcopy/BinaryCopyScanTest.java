package com.redshiftloader.infra.load.pgcopy;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.source.SourceSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryCopyScanTest {

    private static final List<BinaryValueRule> RULES = List.of(
            new BinaryValueRule.WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE), new BinaryValueRule.Text(16));

    private static BinaryCopyScan.Verdict check(String file, boolean header) throws IOException {
        return check(file, header, true);
    }

    private static BinaryCopyScan.Verdict check(String file, boolean header, boolean multilineValues)
            throws IOException {
        return check(file, header, multilineValues, false);
    }

    private static BinaryCopyScan.Verdict check(String file, boolean header, boolean multilineValues, boolean trim)
            throws IOException {
        return new BinaryCopyScan(
                        ',',
                        '"',
                        header,
                        multilineValues,
                        RULES,
                        SourceSettings.DEFAULT_NULL_TOKENS,
                        trim,
                        Optional.empty())
                .check(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), new AtomicLong(), () -> false);
    }

    @Test
    void aValueWithBlanksAroundItGoesToTheConvertingPathWhenValuesAreTrimmed() throws IOException {
        String file = "id,name\n1,plain\n2,\" padded\"\n3,tab\t\n";
        assertThat(check(file, true, true, true))
                .isEqualTo(new BinaryCopyScan.Verdict.NotExact(
                        3,
                        "a value with a space or tab at its start or end (the loader trims it, COPY would keep it)"));
        assertThat(check("id,name\n1,plain\n", true, true, true)).isEqualTo(new BinaryCopyScan.Verdict.Exact(1));
        assertThat(check(file, true, true, false)).isEqualTo(new BinaryCopyScan.Verdict.Exact(3));
    }

    @Test
    void aQuotedValueSpanningLinesGoesToTheConvertingPathUnlessMultilineValuesAreAllowed() throws IOException {
        String file = "id,name\n1,\"two\nlines\"\n2,b\n";
        assertThat(check(file, true, false))
                .isEqualTo(new BinaryCopyScan.Verdict.NotExact(3, "a quoted value spans lines"));
        assertThat(check(file, true, true)).isEqualTo(new BinaryCopyScan.Verdict.Exact(2));
    }

    @Test
    void aPlainFileIsExactAndItsRecordsAreCounted() throws IOException {
        assertThat(check("id,name\n1,a\n2,\"b, \"\"c\"\"\nd\"\n3,\n", true))
                .isEqualTo(new BinaryCopyScan.Verdict.Exact(3));
        assertThat(check("1,a\r\n2,b", false)).isEqualTo(new BinaryCopyScan.Verdict.Exact(2));
        assertThat(check("id,name\r1,a\r", true)).isEqualTo(new BinaryCopyScan.Verdict.Exact(1));
        assertThat(check("id,name\n1,\"é\uD83D\uDE00\"\n", true)).isEqualTo(new BinaryCopyScan.Verdict.Exact(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `id,name\\n1,""\\n`              | 2 | a quoted empty value
            `id,name\\n1,NA\\n`              | 2 | the null token NA
            `id,name\\n1,\\\\N\\n`           | 2 | the null token \\N
            `id,name\\n1,a\\n\\n2,b\\n`      | 3 | a blank line
            `id,name\\n1,a\\r\\n2,b\\n`      | 3 | mixed line endings
            `id,name\\n1,a"b\\n`             | 2 | a quote inside an unquoted field
            `id,name\\n1,"a"b\\n`            | 2 | characters after a closing quote
            `id,name\\n1,a,x\\n`             | 2 | more fields than columns
            `id,name\\n1\\n`                 | 2 | a record with 1 fields for 2 columns
            `id,name\\n1,"abc`               | 2 | the file ends inside quotes
            `id,name\\nx,a\\n`               | 2 | column 1: not a plain whole number
            `id,name\\n1,aaaaaaaaaaaaaaaaa\\n` | 2 | column 2: longer than 16 bytes
            `id,name\\n\\\\.,a\\n`           | 2 | COPY's end-of-data marker
            """)
    void anythingCopyReadsDifferentlyIsNamedWithItsLine(String file, long line, String reason) throws IOException {
        String text = file.replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\");
        BinaryCopyScan.Verdict verdict = check(text, true);
        assertThat(verdict).isInstanceOf(BinaryCopyScan.Verdict.NotExact.class);
        BinaryCopyScan.Verdict.NotExact no = (BinaryCopyScan.Verdict.NotExact) verdict;
        assertThat(no.reason()).contains(reason);
        assertThat(no.line()).isEqualTo(line);
    }

    @Test
    void theHeaderIsNotCheckedAgainstTheTypesButMustHaveEveryColumn() throws IOException {
        assertThat(check("NA,\"\"\n1,a\n", true)).isEqualTo(new BinaryCopyScan.Verdict.Exact(1));
        assertThat(check("id\n1,a\n", true)).isInstanceOf(BinaryCopyScan.Verdict.NotExact.class);
    }

    @Test
    void quotedLineBreaksCountAsLinesAsTheReaderCountsThem() throws IOException {
        assertThat(check("id,name\n1,\"a\nb\"\nx,c\n", true))
                .isEqualTo(new BinaryCopyScan.Verdict.NotExact(4, "column 1: not a plain whole number"));
        assertThat(check("id,name\n1,\"a\rb\r\nc\"\nx,c\n", true))
                .isEqualTo(new BinaryCopyScan.Verdict.NotExact(5, "column 1: not a plain whole number"));
    }

    @Test
    void anEmptyFileIsNotExactButAHeaderAloneIs() throws IOException {
        assertThat(check("", true)).isInstanceOf(BinaryCopyScan.Verdict.NotExact.class);
        assertThat(check("", false)).isInstanceOf(BinaryCopyScan.Verdict.NotExact.class);
        assertThat(check("id,name\n", true)).isEqualTo(new BinaryCopyScan.Verdict.Exact(0));
    }
}
