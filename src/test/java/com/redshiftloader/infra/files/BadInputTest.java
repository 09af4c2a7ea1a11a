package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.SourceWarning;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input ends with a clear error or warning naming file, line and column; never a hang or OOM. */
@Timeout(60)
class BadInputTest {

    @TempDir
    Path dir;

    private final FileSourceInspector inspector = new FileSourceInspector();

    private ScanOutcome.Completed scan(Path file, SourceSettings settings) {
        return (ScanOutcome.Completed) inspector.scan(file, settings, ScanListener.NONE, new CancellationToken());
    }

    private ScanOutcome.Completed scan(Path file) {
        return scan(file, inspector.detect(file));
    }

    @Test
    void anUnbalancedQuoteNamesWhereItOpened() {
        Path file = Files2.write(dir, "q.csv", "id,text\n1,ok\n2,\"never closed\n3,x\n4,y\n");
        assertThatThrownBy(() -> scan(file))
                .isInstanceOfSatisfying(SourceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(OptionalLong.of(3));
                    assertThat(e.column()).isEqualTo(OptionalInt.of(2));
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining("q.csv, line 3, column 2")
                .hasMessageContaining("never closed")
                .hasMessageContaining("quote character");
    }

    @Test
    void raggedRowsAreWarningsWithTheirLines() {
        Path file = Files2.write(dir, "r.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n");
        ScanOutcome.Completed scan = scan(file);
        assertThat(scan.records()).isEqualTo(3);
        assertThat(scan.warningCount()).isEqualTo(2);
        assertThat(scan.warnings()).extracting(SourceWarning::line).containsExactly(3L, 4L);
        assertThat(scan.warnings().get(0).message()).contains("2 fields but there are 3 columns", "NULL");
        assertThat(scan.warnings().get(1).message()).contains("ignored");
        assertThat(scan.columns().get(2).evidence().nulls()).isEqualTo(1);
    }

    @Test
    void invalidUtf8UnderAnExplicitUtf8ChoiceIsAnError() {
        byte[] bytes = "id,name\n1,ok\n2,caf\u00e9\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path file = Files2.write(dir, "u.csv", bytes);
        SourceSettings utf8 = SourceSettings.csv().withEncoding(StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> scan(file, utf8))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("line 3, column 2")
                .hasMessageContaining("byte 6 of the line (0xE9) is not UTF-8")
                .hasMessageContaining("windows-1252");
        // the preview shows the bad byte as U+FFFD (and the Source step says why) instead of failing
        assertThat(inspector.preview(file, Optional.of(utf8), 10).rows().get(1).asList())
                .containsExactly("2", "caf\uFFFD");
    }

    @Test
    void aJsonSyntaxErrorInTheMiddleNamesItsLine() {
        Path file = Files2.write(dir, "bad.jsonl", "{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3,, }\n{\"a\": 4}\n");
        assertThatThrownBy(() -> scan(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("invalid JSON");
        Path array = Files2.write(dir, "bad.json", "[{\"a\": 1},\n{\"a\": 2}\n{\"a\": 3}]\n");
        assertThatThrownBy(() -> scan(array))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("line 3");
        Path scalars = Files2.write(dir, "scalars.json", "[1, 2]");
        assertThatThrownBy(() -> scan(scalars)).hasMessageContaining("expected a JSON object");
    }

    @Test
    void binaryGarbageIsRejectedUpFront() {
        byte[] garbage = new byte[4096];
        new java.util.SplittableRandom(1).nextBytes(garbage);
        Path file = Files2.write(dir, "garbage.csv", garbage);
        assertThatThrownBy(() -> inspector.detect(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("looks binary");
        assertThatThrownBy(() -> scan(file, SourceSettings.csv())).hasMessageContaining("looks binary");
    }

    @Test
    void anEmptyFileIsAnError() {
        Path file = Files2.write(dir, "empty.csv", "");
        assertThatThrownBy(() -> inspector.preview(file, Optional.empty(), 5))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("empty.csv")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> scan(file, SourceSettings.csv())).hasMessageContaining("empty");
        assertThatThrownBy(() -> scan(file, SourceSettings.csv().withFormat(SourceFormat.JSONL)))
                .hasMessageContaining("empty");
    }

    @Test
    void aHeaderOnlyFileWarnsThatThereIsNothingToLoad() {
        Path file = Files2.write(dir, "header.csv", "id,name\n");
        ScanOutcome.Completed scan = scan(file, SourceSettings.csv());
        assertThat(scan.records()).isZero();
        assertThat(scan.columns()).extracting(column -> column.type()).containsOnly(new RedshiftType.Varchar(256));
        assertThat(scan.warnings())
                .anySatisfy(warning -> assertThat(warning.message()).contains("no rows"));
    }

    @Test
    void aHugeFieldIsCappedAndReportedNotLoadedIntoMemory() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("id,blob\n1,small\n2,".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 400; i++) {
                out.write(chunk);
            }
            out.write("\n".getBytes(StandardCharsets.US_ASCII));
        }
        SourceSettings capped = SourceSettings.csv().withMaxFieldBytes(1024 * 1024);
        assertThatThrownBy(() -> scan(file, capped))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("line 3, column 2")
                .hasMessageContaining("longer than 1048576 bytes");
        assertThatThrownBy(() -> inspector.preview(file, Optional.of(capped), 10))
                .hasMessageContaining("line 3, column 2");
    }

    @Test
    void aHugeQuotedFieldIsCappedWhereTheQuoteOpened() throws IOException {
        Path file = dir.resolve("hugequoted.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("id,blob\n1,\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "y,\n".repeat(3000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200; i++) {
                out.write(chunk);
            }
        }
        SourceSettings capped = SourceSettings.csv().withMaxFieldBytes(1024 * 1024);
        assertThatThrownBy(() -> scan(file, capped))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("line 2, column 2")
                .hasMessageContaining("quote");
    }

    @Test
    void aHugeJsonStringIsCapped() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("{\"a\": 1}\n{\"a\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "z".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 300; i++) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        SourceSettings capped =
                SourceSettings.csv().withFormat(SourceFormat.JSONL).withMaxFieldBytes(1024 * 1024);
        assertThatThrownBy(() -> scan(file, capped))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void tooManyFieldsMeansTheWrongDelimiterOrNotText() {
        Path file = Files2.write(dir, "wide.csv", "a\n" + ",".repeat(2000) + "\n");
        assertThatThrownBy(() -> scan(file, SourceSettings.csv()))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("1600");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> inspector.detect(dir.resolve("nope.csv")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("does not exist");
    }
}
