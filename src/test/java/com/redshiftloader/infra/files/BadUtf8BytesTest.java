package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.source.BadBytes;
import com.redshiftloader.domain.source.EncodingEvidence;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection of UTF-8 files with some bad bytes, the refusal that names the first, and their replacement. */
class BadUtf8BytesTest {

    @TempDir
    Path dir;

    private final FileSourceInspector inspector = new FileSourceInspector();

    /** {@code rows} rows of {@code id,name} with name café, row {@code bad} holding a lone 0xE9 as byte 7. */
    private static byte[] cafes(int rows, int bad) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,name\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= rows; i++) {
            String row = String.format("%03d,café", i);
            if (i == bad) {
                bytes.writeBytes(String.format("%03d,ab", i).getBytes(StandardCharsets.UTF_8));
                bytes.write(0xE9);
            } else {
                bytes.writeBytes(row.getBytes(StandardCharsets.UTF_8));
            }
            bytes.write('\n');
        }
        return bytes.toByteArray();
    }

    @Test
    void aUtf8FileWithOneBadByteStaysUtf8AndTheEvidenceNamesTheByte() {
        Path file = Files2.write(dir, "cafes.csv", cafes(900, 701));

        assertThat(inspector.detect(file).encoding()).isEqualTo(StandardCharsets.UTF_8);
        EncodingEvidence evidence = inspector.encodingEvidence(file);
        assertThat(evidence.utf8WithBadBytes()).isTrue();
        assertThat(evidence.describe()).isEqualTo("UTF-8 except 1 bad byte, first at line 702, byte 7 (0xE9)");
    }

    @Test
    void aRealWindows1252FileIsStillDetectedAsSuch() {
        byte[] latin = Files2.bytes(Charset.forName("windows-1252"), "name,price\nCafé,5 €\nNaïve,3 €\n");
        Path file = Files2.write(dir, "latin.csv", latin);

        assertThat(inspector.detect(file).encoding().name()).isEqualTo("windows-1252");
        assertThat(inspector.encodingEvidence(file).describe())
                .isEqualTo("windows-1252 (bytes 0x80–0xFF that are not UTF-8, the first at line 2, byte 4 (0xE9))");
    }

    @Test
    void validUtf8AndByteOrderMarksSayWhy() {
        Path plain = Files2.write(dir, "plain.csv", Files2.bytes(StandardCharsets.UTF_8, "a\ncafé\n"));
        Path bom = Files2.write(
                dir, "bom.csv", Files2.bytes(StandardCharsets.UTF_8, "a\ncafé\n", (byte) 0xEF, (byte) 0xBB, (byte)
                        0xBF));

        assertThat(inspector.encodingEvidence(plain).describe()).isEqualTo("UTF-8 (valid throughout)");
        assertThat(inspector.encodingEvidence(bom).describe()).isEqualTo("UTF-8 (byte-order mark)");
    }

    @Test
    void theLoadRefusesWithTheLineAndByteOfTheFirstBadByte() {
        Path file = Files2.write(dir, "cafes.csv", cafes(900, 701));

        assertThatThrownBy(() -> readAll(file, inspector.detect(file)))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("cafes.csv, line 702, column 2: byte 7 of the line (0xE9) is not UTF-8")
                .hasMessageContaining("--on-bad-bytes replace");
    }

    @Test
    void aBadByteAfterTheDetectionSampleIsRefusedWithItsOwnLine() {
        Path file = Files2.write(dir, "long.csv", cafes(9_000, 8_500));

        assertThat(inspector.encodingEvidence(file).describe()).isEqualTo("UTF-8 (valid in the first 64 KiB)");
        assertThatThrownBy(() -> readAll(file, inspector.detect(file)))
                .hasMessageContaining("long.csv, line 8,501, column 2: byte 8 of the line (0xE9) is not UTF-8");
        assertThat(readAll(file, inspector.detect(file).withBadBytes(BadBytes.REPLACE)))
                .hasSize(9_000)
                .contains(List.of("8500", "ab\uFFFD"));
    }

    @Test
    void aJsonLinesFileIsRefusedTheSameWayAndReplacedWhenAsked() {
        byte[] bytes = new ByteArrayOutputStream() {
            {
                writeBytes("{\"name\":\"café\"}\n{\"name\":\"ab".getBytes(StandardCharsets.UTF_8));
                write(0xE9);
                writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
            }
        }.toByteArray();
        Path file = Files2.write(dir, "cafes.jsonl", bytes);
        SourceSettings settings = inspector.detect(file);

        assertThatThrownBy(() -> readAll(file, settings))
                .hasMessageContaining("line 2")
                .hasMessageContaining("byte 12 of the line (0xE9) is not UTF-8");
        assertThat(readAll(file, settings.withBadBytes(BadBytes.REPLACE)))
                .containsExactly(List.of("café"), List.of("ab\uFFFD"));
    }

    @Test
    void replacingCountsEachBadSequenceAndKeepsCharactersCutByTheReadBoundary() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a".repeat((1 << 16) - 1).getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("é\n".getBytes(StandardCharsets.UTF_8)); // cut by the first 64 KiB read
        bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}); // overlong '/': two bad bytes
        bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a surrogate: three
        bytes.writeBytes(new byte[] {'x', (byte) 0xE2, (byte) 0x82}); // cut by the end of the file: one
        List<EncodingEvidence.BytePlace> places = new ArrayList<>();

        byte[] repaired;
        try (InputStream in = new Utf8RepairStream(new ByteArrayInputStream(bytes.toByteArray()), places::add)) {
            repaired = in.readAllBytes();
        }

        String text = new String(repaired, StandardCharsets.UTF_8);
        assertThat(text).endsWith("é\n" + "\uFFFD".repeat(2) + "\uFFFD".repeat(3) + "x\uFFFD");
        assertThat(places)
                .extracting(EncodingEvidence.BytePlace::toString)
                .containsExactly(
                        "line 2, byte 1 (0xC0)",
                        "line 2, byte 2 (0xAF)",
                        "line 2, byte 3 (0xED)",
                        "line 2, byte 4 (0xA0)",
                        "line 2, byte 5 (0x80)",
                        "line 2, byte 7 (0xE2)");
    }

    private static List<List<String>> readAll(Path file, SourceSettings settings) {
        List<List<String>> rows = new ArrayList<>();
        try (RecordReader reader = SourceReaders.openForLoad(file, settings)) {
            Optional<SourceRecord> next;
            while ((next = reader.next()).isPresent()) {
                rows.add(next.get().asList());
            }
        }
        return rows;
    }
}
