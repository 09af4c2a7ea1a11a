package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Builds plans, files and loaders for the loader tests, and reads tables back. */
public final class LoadFixture {

    private LoadFixture() {}

    public static JdbcLoader loader() {
        Function<String, Optional<String>> environment = name -> Optional.empty();
        return new JdbcLoader(
                new JdbcConnector(new RedshiftCredentialsProvider(environment), environment),
                plan -> Optional.empty(),
                MergeStrategy.MERGE);
    }

    /** Columns from {@code "name:TYPE"} texts, at source positions 0, 1, … */
    public static List<ColumnSpec> columns(String... definitions) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (int i = 0; i < definitions.length; i++) {
            String[] parts = definitions[i].split(":", 2);
            columns.add(new ColumnSpec(
                    i, parts[0], parts[0], RedshiftTypeParser.parse(parts[1]), ColumnSpec.Origin.OVERRIDE));
        }
        return columns;
    }

    public static Path write(Path directory, String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    public static LoadPlan plan(
            ConnectionProfile profile, Path file, String table, List<ColumnSpec> columns, LoadMode mode) {
        return plan(profile, file, table, columns, mode, List.of());
    }

    public static LoadPlan plan(
            ConnectionProfile profile,
            Path file,
            String table,
            List<ColumnSpec> columns,
            LoadMode mode,
            List<String> keys) {
        return plan(profile, file, table, columns, mode, keys, TableOptions.NONE);
    }

    public static LoadPlan plan(
            ConnectionProfile profile,
            Path file,
            String table,
            List<ColumnSpec> columns,
            LoadMode mode,
            List<String> keys,
            TableOptions options) {
        return new LoadPlan(
                profile,
                file,
                SourceSettings.csv(),
                columns,
                new TableName("public", table),
                mode,
                keys,
                LoadPath.AUTO,
                0,
                Optional.empty(),
                false,
                options);
    }

    public static LoadPlan withBudget(LoadPlan plan, int maxErrors, Path rejects) {
        return new LoadPlan(
                plan.profile(),
                plan.file(),
                plan.settings(),
                plan.columns(),
                plan.target(),
                plan.mode(),
                plan.mergeKeys(),
                plan.path(),
                maxErrors,
                Optional.of(rejects),
                plan.dryRun(),
                TableOptions.NONE);
    }

    public static LoadPlan withSettings(LoadPlan plan, SourceSettings settings) {
        return new LoadPlan(
                plan.profile(),
                plan.file(),
                settings,
                plan.columns(),
                plan.target(),
                plan.mode(),
                plan.mergeKeys(),
                plan.path(),
                plan.maxErrors(),
                plan.rejectsFile(),
                plan.dryRun(),
                TableOptions.NONE);
    }

    public static LoadPlan dryRun(LoadPlan plan) {
        return new LoadPlan(
                plan.profile(),
                plan.file(),
                plan.settings(),
                plan.columns(),
                plan.target(),
                plan.mode(),
                plan.mergeKeys(),
                plan.path(),
                plan.maxErrors(),
                plan.rejectsFile(),
                true,
                TableOptions.NONE);
    }

    /** Every row of the query as strings (NULL as null), in order. */
    public static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rs.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    public static long count(Connection connection, String table) throws SQLException {
        return Long.parseLong(
                rows(connection, "SELECT COUNT(*) FROM " + table).getFirst().getFirst());
    }

    /** Collects a load's events. */
    public static class Events implements com.redshiftloader.domain.load.LoadListener {
        public final List<LoadEvent> all = new CopyOnWriteArrayList<>();

        @Override
        public void on(LoadEvent event) {
            all.add(event);
        }

        public List<String> sql() {
            return all.stream()
                    .filter(e -> e instanceof LoadEvent.Log log && log.level() == LoadEvent.Level.DEBUG)
                    .map(e -> ((LoadEvent.Log) e).message())
                    .toList();
        }

        /** Every log line, whatever its level. */
        public List<String> logs() {
            return all.stream()
                    .filter(e -> e instanceof LoadEvent.Log)
                    .map(e -> ((LoadEvent.Log) e).message())
                    .toList();
        }
    }
}
