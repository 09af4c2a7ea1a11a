package com.redshiftloader.cli;

import com.redshiftloader.infra.store.RunHistoryFile;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole {@code load} command against the test profiles written into a directory: {@code warehouse} (the
 * Redshift driver and the stand-in), {@code local} (engine=postgres) and {@code staged} (the stand-in with S3
 * staging and COPY through the local S3 server), with what the last run printed.
 */
final class BothEngines {

    /** The profile that stages S3 parts and COPYs them through the stand-in. */
    static final String STAGED = "staged";

    private final Path directory;
    private final TestDatabase database;
    private String out = "";
    private String err = "";

    BothEngines(Path directory, RedshiftStandIn standIn, TestDatabase database) throws IOException {
        this.directory = directory;
        this.database = database;
        Files.writeString(directory.resolve("warehouse.yaml"), yaml(TestProfiles.standIn(standIn)));
        Files.writeString(directory.resolve("local.yaml"), yaml(TestProfiles.postgres(database)));
        Files.writeString(
                directory.resolve("staged.yaml"),
                yaml(TestProfiles.standIn(standIn)) + "s3_creds:\n"
                        + "  bucket: " + S3Server.get().createBucket("both-engines") + "\n"
                        + "  aws_region: " + S3Server.REGION.id() + "\n"
                        + "  aws_access_key_id: " + S3Server.ACCESS_KEY + "\n"
                        + "  aws_secret_access_key: " + S3Server.SECRET_KEY + "\n"
                        + "  redshift_iam_role: arn:aws:iam::123456789012:role/RedshiftLoaderCopy\n");
    }

    private static String yaml(Map<String, Object> keys) {
        return keys.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * Runs {@code load --profile P FILE --table T MORE…} and returns its exit code; the {@code staged} profile (and one
     * whose name starts with it, written beside it) loads
     * with {@code --copy} through the local S3 server.
     */
    int load(String profile, Path file, String table, String... more) {
        List<String> all = new ArrayList<>(List.of("load", "--profile", profile, file.toString(), "--table", table));
        all.addAll(List.of(more));
        all.addAll(List.of("--profiles-dir", directory.toString()));
        if (profile.startsWith(STAGED)) {
            all.add("--copy");
        }
        LoadCommandRunner runner =
                new LoadCommandRunner(directory, new RunHistoryFile(directory.resolve("history.log")));
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
        int exit;
        try {
            exit = runner.run(all.toArray(String[]::new));
        } finally {
            System.clearProperty("aws.endpointUrlS3");
        }
        out = runner.out();
        err = runner.err();
        return exit;
    }

    String out() {
        return out;
    }

    String err() {
        return err;
    }

    /** Runs a statement without results (DDL, INSERT) in the shared database. */
    void execute(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The SQL type of {@code public.table}'s column, as PostgreSQL writes it ({@code integer}, {@code numeric(3,2)}). */
    String columnType(String table, String column) throws Exception {
        return database.query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'public."
                        + table + "'::regclass AND attname = '" + column + "'")
                .getFirst();
    }

    /** Whether {@code public.table} exists (both profiles load into the same PostgreSQL). */
    boolean exists(String table) throws Exception {
        return !database.query("SELECT to_regclass('public." + table + "')")
                .getFirst()
                .equals("null");
    }
}
