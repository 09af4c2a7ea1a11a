package com.redshiftloader.bench;

import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadPhase;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.load.s3copy.S3CopyFixture;
import com.redshiftloader.infra.load.s3copy.S3CopySettings;
import com.redshiftloader.infra.load.s3copy.S3CopyStageFiller;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.infra.load.stage.RowSource;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.S3Server;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Staging throughput: a generated CSV (default ~200 MB) → gzip CSV parts → the local S3 server, then COPY through the
 * Redshift stand-in. Prints MB/s of source bytes for the staging phase (reading, encoding, gzip and upload, from the
 * start to the COPYING phase) and the COPY time separately, plus the peak heap seen (run with a small -Xmx to show
 * memory does not grow with the file).
 *
 * <p>Arguments: [source MB, default 200] [part MB, default 64] [parallel uploads, default 4] [gzip level, default 1].
 */
public final class S3StagingBenchmark {

    private S3StagingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sourceMb = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long partMb = args.length > 1 ? Long.parseLong(args[1]) : 64;
        int uploads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int level = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Path file = Files.createTempFile("s3-staging-bench-", ".csv");
        try {
            long rows = generate(file, sourceMb * 1_000_000L);
            run(file, rows, partMb, uploads, level);
        } finally {
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    private static void run(Path file, long rows, long partMb, int uploads, int level) throws Exception {
        System.setProperty("aws.endpointUrlS3", S3Server.get().endpoint().toString());
        String bucket = S3Server.get().createBucket("bench");
        RedshiftStandIn standIn = RedshiftStandIn.start(PostgresDatabaseExtension.create("bench"));
        LoadPlan plan = plan(file, standIn, bucket);
        S3CopySettings settings = new S3CopySettings(
                partMb * 1024 * 1024,
                level,
                new com.redshiftloader.infra.aws.UploadLimits(uploads, 16L * 1024 * 1024, 8 * 1024 * 1024),
                false);
        AtomicLong copyingAt = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        try (Connection connection = standIn.connect()) {
            connection.setAutoCommit(false);
            createTables(connection);
            long start = System.nanoTime();
            long loaded = new S3CopyStageFiller(settings, name -> Optional.empty())
                    .fill(connection, FillTable.stage("stage"), RowSource.of(plan), event -> {
                        Runtime runtime = Runtime.getRuntime();
                        peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                        if (event instanceof LoadEvent.PhaseChanged(LoadPhase phase) && phase == LoadPhase.COPYING) {
                            copyingAt.set(System.nanoTime());
                        } else if (event instanceof LoadEvent.Log log
                                && log.message().startsWith("Staged")) {
                            System.out.println(log.message());
                        }
                    });
            long end = System.nanoTime();
            report(file, rows, loaded, start, copyingAt.get(), end, peakHeap.get());
        } finally {
            standIn.close();
        }
    }

    /** A COPY through S3 of the file into public.bench, staged in the local S3 server's bucket. */
    private static LoadPlan plan(Path file, RedshiftStandIn standIn, String bucket) {
        List<ColumnSpec> columns = List.of(
                column(0, "id", ScalarType.BIGINT),
                column(1, "name", new RedshiftType.Varchar(200)),
                column(2, "amount", new RedshiftType.Decimal(12, 2)),
                column(3, "at", ScalarType.TIMESTAMP),
                column(4, "note", new RedshiftType.Varchar(1000)));
        return S3CopyFixture.plan(S3CopyFixture.profile(standIn, bucket), file, SourceSettings.csv(), columns, "bench");
    }

    private static void createTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench (id BIGINT, name VARCHAR(200), amount DECIMAL(12,2),"
                    + " at TIMESTAMP, note VARCHAR(1000))");
            statement.execute("CREATE TEMP TABLE stage (LIKE bench)");
            statement.execute("ALTER TABLE stage ADD COLUMN __source_line BIGINT");
        }
    }

    private static void report(Path file, long rows, long loaded, long start, long copying, long end, long heap)
            throws IOException {
        double mb = Files.size(file) / 1e6;
        double staging = (copying - start) / 1e9;
        System.out.printf(
                "source %.1f MB, %d rows (loaded %d); staging %.2f s = %.1f MB/s, %.0f rows/s;"
                        + " COPY (stand-in) %.2f s; peak heap seen %.0f MB (max %d MB)%n",
                mb,
                rows,
                loaded,
                staging,
                mb / staging,
                rows / staging,
                (end - copying) / 1e9,
                heap / 1e6,
                Runtime.getRuntime().maxMemory() / 1_000_000);
    }

    private static long generate(Path file, long bytes) throws IOException {
        Random random = new Random(7);
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,name,amount,at,note\n");
            long written = 0;
            StringBuilder line = new StringBuilder(256);
            while (written < bytes) {
                rows++;
                line.setLength(0);
                line.append(rows)
                        .append(",\"Customer ")
                        .append(random.nextInt(1_000_000))
                        .append(", Ltd\",")
                        .append(random.nextInt(1_000_000))
                        .append('.')
                        .append(10 + random.nextInt(90))
                        .append(",2024-0")
                        .append(1 + random.nextInt(9))
                        .append("-1")
                        .append(random.nextInt(10))
                        .append(" 12:")
                        .append(10 + random.nextInt(50))
                        .append(":00,")
                        .append("note ")
                        .append(Long.toHexString(random.nextLong()))
                        .append(' ')
                        .append(Long.toHexString(random.nextLong()))
                        .append(" é😀\n");
                out.append(line);
                written += line.length() + 4;
            }
        }
        return rows;
    }

    private static ColumnSpec column(int position, String name, RedshiftType type) {
        return new ColumnSpec(position, name, name, type, ColumnSpec.Origin.OVERRIDE);
    }
}
