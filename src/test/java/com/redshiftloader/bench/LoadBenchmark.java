package com.redshiftloader.bench;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.JdbcLoader;
import com.redshiftloader.infra.load.MergeStrategy;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Measures the INSERT path through the Redshift stand-in (real Redshift driver) and the COPY FROM STDIN path on
 * PostgreSQL, with a generated CSV of 7 columns. Not a test: run it by hand (rows default to 1,000,000):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.redshiftloader.bench.LoadBenchmark -Dexec.args=1000000
 * </pre>
 */
public final class LoadBenchmark {

    private static final String[] COLUMNS = {
        "id:BIGINT",
        "name:VARCHAR(40)",
        "amount:DECIMAL(12,2)",
        "created_at:TIMESTAMP",
        "active:BOOLEAN",
        "code:VARCHAR(8)",
        "note:VARCHAR(80)"
    };

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path file = Files.createTempFile("load-benchmark-", ".csv");
        try {
            generate(file, rows);
            System.out.printf(Locale.ROOT, "Generated %,d rows, %,d bytes in %s%n", rows, Files.size(file), file);
            TestDatabase database = PostgresDatabaseExtension.create("benchmark");
            try (RedshiftStandIn standIn = RedshiftStandIn.start(database)) {
                run(
                        "Redshift stand-in, multi-row INSERT",
                        TestProfiles.bind(TestProfiles.standIn(standIn)),
                        file,
                        "bench_insert");
            }
            run("PostgreSQL, COPY FROM STDIN", TestProfiles.bind(TestProfiles.postgres(database)), file, "bench_copy");
        } finally {
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    private static void run(String name, ConnectionProfile profile, Path file, String table) throws Exception {
        Function<String, Optional<String>> environment = variable -> Optional.empty();
        JdbcLoader loader = new JdbcLoader(
                new JdbcConnector(new RedshiftCredentialsProvider(environment), environment),
                plan -> Optional.empty(),
                MergeStrategy.MERGE);
        LoadPlan plan = new LoadPlan(
                profile,
                file,
                SourceSettings.csv(),
                columns(),
                new TableName("public", table),
                LoadMode.APPEND,
                List.of(),
                LoadPath.INSERT,
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
        LoadReport report = loader.load(plan, event -> {});
        double seconds = report.duration().toNanos() / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-40s %,10d rows in %6.1f s = %,9.0f rows/s%n",
                name,
                report.rowsInserted(),
                seconds,
                report.rowsInserted() / seconds);
    }

    private static List<ColumnSpec> columns() {
        List<ColumnSpec> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            String[] parts = COLUMNS[i].split(":", 2);
            columns.add(new ColumnSpec(
                    i, parts[0], parts[0], RedshiftTypeParser.parse(parts[1]), ColumnSpec.Origin.OVERRIDE));
        }
        return columns;
    }

    private static void generate(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,name,amount,created_at,active,code,note\n");
            for (int i = 1; i <= rows; i++) {
                out.write(String.format(
                        Locale.ROOT,
                        "%d,customer %d,%d.%02d,2024-%02d-%02d %02d:%02d:%02d,%s,%06d,\"note, with commas %d\"%n",
                        i,
                        i % 10_000,
                        i % 100_000,
                        i % 100,
                        i % 12 + 1,
                        i % 28 + 1,
                        i % 24,
                        i % 60,
                        i % 60,
                        i % 3 == 0 ? "true" : "false",
                        i % 1_000_000,
                        i));
            }
        }
    }
}
