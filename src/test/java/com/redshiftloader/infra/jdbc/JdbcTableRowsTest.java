package com.redshiftloader.infra.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.TableRows;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading back a table's first rows, straight from PostgreSQL and through the Redshift stand-in's driver. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class JdbcTableRowsTest {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();

    private final TestDatabase database;
    private final RedshiftStandIn standIn;
    private final TableRows rows =
            new JdbcTableRows(new JdbcConnector(new RedshiftCredentialsProvider(NO_ENVIRONMENT), NO_ENVIRONMENT));

    JdbcTableRowsTest(TestDatabase database, RedshiftStandIn standIn) {
        this.database = database;
        this.standIn = standIn;
    }

    @Test
    void theFirstRowsOfATableComeBackAsTextWithTheirColumnNamesAndNullsApart() throws Exception {
        fill(database.connect(), "landed");
        TableRows.Page page = rows.first(TestProfiles.bind(TestProfiles.postgres(database)), table("landed"), 200);
        assertThat(page.columns()).containsExactly("id", "Odd \"name\"", "note");
        assertThat(page.rows()).hasSize(200);
        assertThat(page.rows().getFirst()).containsExactly(Optional.of("1"), Optional.of("a"), Optional.empty());
    }

    @Test
    void throughTheRedshiftDriverTheRowsAreTheSame() throws Exception {
        fill(standIn.database().connect(), "landed_rs");
        ConnectionProfile profile = TestProfiles.bind(TestProfiles.standIn(standIn));
        TableRows.Page page = rows.first(profile, table("landed_rs"), 5);
        assertThat(page.columns()).containsExactly("id", "Odd \"name\"", "note");
        assertThat(page.rows())
                .hasSize(5)
                .allSatisfy(row -> assertThat(row.get(2)).isEmpty())
                .extracting(row -> row.getFirst().orElseThrow())
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5");
    }

    @Test
    void aBooleanReadsTrueOrFalseThroughEitherDriver() throws Exception {
        for (boolean redshift : new boolean[] {false, true}) {
            TestDatabase where = redshift ? standIn.database() : database;
            String name = redshift ? "flags_rs" : "flags_pg";
            try (Connection connection = where.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE public." + name + " (id INTEGER, paid BOOLEAN)");
                statement.execute("INSERT INTO public." + name + " VALUES (1, true), (2, false), (3, NULL)");
            }
            ConnectionProfile profile =
                    TestProfiles.bind(redshift ? TestProfiles.standIn(standIn) : TestProfiles.postgres(database));
            TableRows.Page page = rows.first(profile, table(name), 10);
            assertThat(page.rows())
                    .as(redshift ? "the Redshift driver" : "the PostgreSQL driver")
                    .extracting(row -> row.get(1))
                    .containsExactlyInAnyOrder(Optional.of("true"), Optional.of("false"), Optional.empty());
        }
    }

    @Test
    void aMissingTableSaysWhichOne() {
        assertThatThrownBy(() ->
                        rows.first(TestProfiles.bind(TestProfiles.postgres(database)), table("never_loaded"), 200))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("Could not read back public.never_loaded");
    }

    @Test
    void theQueryQuotesTheNames() {
        assertThat(TableRows.query(new TableName("public", "Or\"ders"), 200))
                .isEqualTo("SELECT * FROM \"public\".\"Or\"\"ders\" LIMIT 200;");
    }

    private static TableName table(String name) {
        return new TableName("public", name);
    }

    /** 250 rows, ordered by id when read in insertion order. */
    private static void fill(Connection connection, String table) throws SQLException {
        try (connection;
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE public." + table + " (id INTEGER, \"Odd \"\"name\"\"\" VARCHAR(5), note"
                    + " VARCHAR(5))");
            statement.execute("INSERT INTO public." + table + " SELECT g, 'a', NULL FROM generate_series(1, 250) g");
        }
    }
}
