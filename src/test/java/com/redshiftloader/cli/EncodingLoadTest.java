package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A UTF-8 file with one bad byte, through the whole command on the three profiles: refused by default with the line
 * and byte and nothing changes; loaded with one U+FFFD when asked; read as windows-1252 when asked.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class EncodingLoadTest {

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;
    private BothEngines engines;

    EncodingLoadTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        engines = new BothEngines(directory, standIn, database);
    }

    /**
     * 1,000 rows of {@code id,name,note} in UTF-8, every name {@code café}; the note of row 701 (line 702) holds one
     * byte 0xE9 alone (windows-1252's é), the 41st byte of its line.
     */
    private Path oneBadByte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,name,note\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 1_000; i++) {
            String start = i + ",café,";
            bytes.writeBytes(start.getBytes(StandardCharsets.UTF_8));
            if (i == 701) {
                // "701,café," is 10 bytes; 30 more ASCII bytes, then the bad byte as byte 41
                bytes.writeBytes("x".repeat(30).getBytes(StandardCharsets.UTF_8));
                bytes.write(0xE9);
                bytes.writeBytes("t\n".getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.writeBytes("fine\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return Files.write(directory.resolve("cafes.csv"), bytes.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void oneBadByteIsRefusedByDefaultWithItsLineAndByteAndNothingChanges(String profile) throws Exception {
        String table = "cafes_refused_" + profile;

        int exit = engines.load(profile, oneBadByte(), table);

        // found while scanning the file for types, before anything is sent
        assertThat(exit).as(engines.err()).isEqualTo(RootCommand.INVALID_INPUT);
        assertThat(engines.err())
                .contains("cafes.csv, line 702")
                .contains("byte 41 of the line (0xE9) is not UTF-8")
                .contains("--on-bad-bytes replace")
                .contains("--encoding windows-1252");
        assertThat(engines.exists(table)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void replaceLoadsEveryRowWithOneReplacementCharacterAndSaysSo(String profile) throws Exception {
        String table = "cafes_replaced_" + profile;

        int exit = engines.load(profile, oneBadByte(), table, "--on-bad-bytes", "replace");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(engines.err())
                .contains("Read 1 bad byte that is not UTF-8 as U+FFFD")
                .contains("line 702: byte 41 (0xE9)");
        assertThat(database.query("SELECT count(*), count(*) FILTER (WHERE name = 'café') FROM " + table))
                .containsExactly("1000|1000");
        assertThat(database.query("SELECT count(*) FROM " + table + " WHERE strpos(note, U&'\\FFFD') > 0"))
                .containsExactly("1");
        assertThat(database.query("SELECT note FROM " + table + " WHERE id = 701"))
                .containsExactly("x".repeat(30) + "\uFFFDt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void windows1252ReadsTheWholeFileSoWhenAsked(String profile) throws Exception {
        String table = "cafes_1252_" + profile;

        int exit = engines.load(profile, oneBadByte(), table, "--encoding", "windows-1252");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT count(*) FROM " + table + " WHERE name = 'cafÃ©'"))
                .containsExactly("1000");
        assertThat(database.query("SELECT note FROM " + table + " WHERE id = 701"))
                .containsExactly("x".repeat(30) + "ét");
    }

    @org.junit.jupiter.api.Test
    void aJobChoosesReplaceWithItsOnBadBytesKey() throws Exception {
        Path file = oneBadByte();
        Path job = Files.writeString(directory.resolve("cafes.job.yaml"), """
                profile: warehouse
                file: cafes.csv
                table: cafes_job
                source:
                  on_bad_bytes: replace
                """);

        int exit = engines.load("warehouse", file, "cafes_job", "--job", job.toString());

        assertThat(exit).as(engines.err()).isZero();
        assertThat(engines.err()).contains("Read 1 bad byte that is not UTF-8 as U+FFFD");
        assertThat(database.query("SELECT count(*) FROM cafes_job WHERE strpos(note, U&'\\FFFD') > 0"))
                .containsExactly("1");
    }
}
