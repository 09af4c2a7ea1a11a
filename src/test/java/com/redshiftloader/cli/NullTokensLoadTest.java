package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --trim} and {@code --null-as} through the whole command on the three test profiles (the Redshift driver and
 * the stand-in's INSERT path; engine=postgres's binary COPY and converting paths; S3 staging + COPY), and a merge:
 * the values that land are the trimmed ones, the user's tokens are NULL and nothing else is.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class NullTokensLoadTest {

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;
    private BothEngines engines;

    NullTokensLoadTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    @BeforeEach
    void writeProfiles() throws IOException {
        engines = new BothEngines(directory, standIn, database);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void withTrimPaddedNumbersLoadAsIntegersAndABlankOrPaddedTokenAsNull(String profile) throws Exception {
        String table = "trimmed_" + profile;
        Path file = file(table + ".csv", "id,qty,note\n1,  42 ,\"  hello \"\n2,7,\"   \"\n3, NULL ,x\t\n");

        int exit = engines.load(profile, file, table, "--trim");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(engines.columnType(table, "qty")).isEqualTo("integer");
        assertThat(database.query("SELECT id, qty, note FROM " + table + " ORDER BY id"))
                .containsExactly("1|42|hello", "2|7|null", "3|null|x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void aPaddedTextValueIsTrimmedEvenWhereEveryValueWouldFitAsWritten(String profile) throws Exception {
        String table = "padded_text_" + profile;
        Path file = file(table + ".csv", "id,note\n1,\"  hello \"\n2,plain\n");

        int exit = engines.load(profile, file, table, "--trim");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT id, note FROM " + table + " ORDER BY id"))
                .containsExactly("1|hello", "2|plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void theUsersNullTokensReplaceTheDefaultsSoNaStaysText(String profile) throws Exception {
        String table = "tokens_" + profile;
        Path file = file(table + ".csv", "id,score,label\n1,n/a,NA\n2,5,ok\n3,,NULL\n");

        int exit = engines.load(profile, file, table, "--null-as", "n/a", "--null-as", "");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(engines.columnType(table, "score")).isEqualTo("integer");
        assertThat(database.query("SELECT id, score, label FROM " + table + " ORDER BY id"))
                .containsExactly("1|null|NA", "2|5|ok", "3|null|NULL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local"})
    void aMergeMatchesTheTrimmedKeysAndUpdatesWithTrimmedValues(String profile) throws Exception {
        String table = "merged_" + profile;
        assertThat(engines.load(profile, file(table + ".csv", "id,name\n1,a\n2,b\n"), table))
                .as(engines.err())
                .isZero();
        Path changes = file(table + "_changes.csv", "id,name\n 2 ,  B \n3,\tc\n");

        int exit = engines.load(profile, changes, table, "--mode", "merge", "--key", "id", "--trim");

        assertThat(exit).as(engines.err()).isZero();
        assertThat(database.query("SELECT id, name FROM " + table + " ORDER BY id"))
                .containsExactly("1|a", "2|B", "3|c");
    }
}
