package com.redshiftloader.infra.load.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.domain.target.ColumnFit;
import com.redshiftloader.domain.target.TableShape;
import com.redshiftloader.domain.target.TableSummary;
import com.redshiftloader.domain.target.TargetCatalogException;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.LoadFixture;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Target step's port on the embedded PostgreSQL and through the Redshift stand-in (the Redshift driver): the
 * tables with their row counts, a table's columns and types, and the loader's fit check run ahead of a load.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class JdbcTargetCatalogTest {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();

    private final TestDatabase database;
    private final RedshiftStandIn standIn;
    private final JdbcTargetCatalog catalog = new JdbcTargetCatalog(
            () -> new JdbcConnector(new RedshiftCredentialsProvider(NO_ENVIRONMENT), NO_ENVIRONMENT));
    private final String schema = "catalog_" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path directory;

    JdbcTargetCatalogTest(TestDatabase database, RedshiftStandIn standIn) {
        this.database = database;
        this.standIn = standIn;
    }

    private ConnectionProfile profile(String engine) {
        return TestProfiles.bind(
                engine.equals("postgres") ? TestProfiles.postgres(database) : TestProfiles.standIn(standIn));
    }

    private void create(String... statements) throws Exception {
        try (Connection connection = database.connect()) {
            LoadFixture.execute(connection, statements);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "redshift stand-in"})
    void listsTheTablesWithTheirRowCountsAndReadsATablesColumns(String engine) throws Exception {
        create(
                "CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".orders (id INTEGER, customer VARCHAR(40), amount NUMERIC(10,2))",
                "INSERT INTO " + schema + ".orders VALUES (1, 'a', 1.5), (2, 'b', 2.5), (3, 'c', NULL)",
                "CREATE TABLE " + schema + ".returns (id BIGINT)");

        List<TableSummary> tables = catalog.tables(profile(engine)).stream()
                .filter(table -> table.name().schema().equals(schema))
                .toList();

        assertThat(tables)
                .containsExactly(
                        new TableSummary(new TableName(schema, "orders"), OptionalLong.of(3)),
                        new TableSummary(new TableName(schema, "returns"), OptionalLong.of(0)));
        assertThat(catalog.tables(profile(engine)))
                .extracting(table -> table.name().schema())
                .doesNotContain("pg_catalog", "information_schema");

        Optional<TableShape> shape = catalog.table(profile(engine), new TableName(schema, "ORDERS"));
        assertThat(shape).isPresent();
        assertThat(shape.get().name()).isEqualTo(new TableName(schema, "orders"));
        assertThat(shape.get().rows()).hasValue(3);
        assertThat(shape.get().columns())
                .containsExactly(
                        new TableShape.Column("id", "integer"),
                        new TableShape.Column("customer", "character varying(40)"),
                        new TableShape.Column("amount", "numeric(10,2)"));
        assertThat(catalog.table(profile(engine), new TableName(schema, "missing")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "redshift stand-in"})
    void theFitIsTheLoadersCheckWithTheFirstLineThatDoesNotFit(String engine) throws Exception {
        create(
                "CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".parts (id INTEGER, name VARCHAR(20), qty BIGINT)");
        Path file = LoadFixture.write(
                directory, "parts.csv", "code,name,qty,colour\nabc,bolt,3,red\n7,nut,1234567890123,\n");
        List<ColumnSpec> columns = List.of(
                new ColumnSpec(
                        0,
                        "code",
                        "id",
                        new com.redshiftloader.domain.schema.types.RedshiftType.Varchar(3),
                        ColumnSpec.Origin.INFERRED),
                spec(1, "name", "VARCHAR(4)"),
                spec(2, "qty", "BIGINT"),
                spec(3, "colour", "VARCHAR(3)"));

        List<ColumnFit> fits = catalog.fit(plan(profile(engine), file, columns), Map.of());

        assertThat(fits)
                .extracting(ColumnFit::target, ColumnFit::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", ColumnFit.Verdict.CHECKED),
                        org.assertj.core.groups.Tuple.tuple("name", ColumnFit.Verdict.FITS),
                        org.assertj.core.groups.Tuple.tuple("qty", ColumnFit.Verdict.FITS),
                        org.assertj.core.groups.Tuple.tuple("colour", ColumnFit.Verdict.ADDED));
        assertThat(fits.get(0).tableType()).hasValue("integer");
        assertThat(fits.get(3).tableType()).isEmpty();

        Path words = LoadFixture.write(directory, "words.csv", "code\nabc\ndef\n");
        List<ColumnFit> none = catalog.fit(
                plan(
                        profile(engine),
                        words,
                        List.of(new ColumnSpec(
                                0,
                                "code",
                                "id",
                                new com.redshiftloader.domain.schema.types.RedshiftType.Varchar(3),
                                ColumnSpec.Origin.INFERRED))),
                Map.of());
        assertThat(none).singleElement().satisfies(fit -> {
            assertThat(fit.verdict()).isEqualTo(ColumnFit.Verdict.NOTHING_FITS);
            assertThat(fit.detail()).contains("on line 2").contains("'abc'");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "redshift stand-in"})
    void aTextColumnInALayoutIsCheckedAgainstATimestampOrDateColumnReadInItsLayout(String engine) throws Exception {
        create(
                "CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".parts (shipped TIMESTAMP, seen TIMESTAMPTZ, arrived DATE)");
        Path file = LoadFixture.write(
                directory, "parts.csv", "shipped,seen,arrived\nJun 12 1998,Jun 12 1998,12.06.1998 00:00\n");
        List<ColumnSpec> columns = List.of(
                spec(0, "shipped", "VARCHAR(20)"), spec(1, "seen", "VARCHAR(20)"), spec(2, "arrived", "VARCHAR(20)"));
        Map<String, TemporalPattern> patterns = Map.of(
                "shipped", DateLayout.parse("MON DD YYYY"),
                "seen", DateLayout.parse("MON DD YYYY"),
                "arrived", DateLayout.parse("DD.MM.YYYY HH24:MI"));

        List<ColumnFit> fits = catalog.fit(plan(profile(engine), file, columns), patterns);

        assertThat(fits).extracting(ColumnFit::verdict).containsOnly(ColumnFit.Verdict.CHECKED);
        assertThat(catalog.fit(plan(profile(engine), file, columns), Map.of()))
                .extracting(ColumnFit::verdict)
                .containsOnly(ColumnFit.Verdict.NOTHING_FITS);
    }

    @Test
    void anUnreachableDestinationSaysWhatToDo() {
        Map<String, Object> keys = new LinkedHashMap<>(TestProfiles.postgres(database));
        keys.put("port", 1);
        assertThatThrownBy(() -> catalog.tables(TestProfiles.bind(keys)))
                .isInstanceOf(TargetCatalogException.class)
                .hasMessageStartingWith("Could not connect to read the tables")
                .satisfies(e -> assertThat(((TargetCatalogException) e).fix()).contains("New table"));
    }

    private static ColumnSpec spec(int position, String name, String type) {
        return LoadFixture.columns(name + ":" + type).stream()
                .map(c -> new ColumnSpec(position, c.source(), c.name(), c.type(), c.origin()))
                .findFirst()
                .orElseThrow();
    }

    private LoadPlan plan(ConnectionProfile profile, Path file, List<ColumnSpec> columns) {
        return new LoadPlan(
                profile,
                file,
                SourceSettings.csv(),
                columns,
                new TableName(schema, "parts"),
                LoadMode.APPEND,
                List.of(),
                LoadPath.AUTO,
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
    }
}
