package com.redshiftloader.bench;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.redshiftloader.domain.inspection.SourcePreview;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.infra.files.FileSourceInspector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The full inference scan's throughput and memory on a generated 1 GB CSV of mixed types. A command, not a test:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     com.redshiftloader.bench.InferenceBenchmark [directory] [megabytes] [--opencsv]
 * </pre>
 *
 * The file is generated once into the directory (default: the temp directory) and reused. The scan runs three times
 * ({@code -Drepeat=N} to change); each run prints wall-clock and scanning-thread CPU throughput (the CPU figure is
 * the one-core figure when other processes share the machine). {@code --opencsv} also times opencsv's CSVReader
 * over the same file (tokenizing only), for comparison.
 */
public final class InferenceBenchmark {

    private static final double MB = 1024.0 * 1024.0;

    private InferenceBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        Path file = directory.resolve("redshift-loader-bench-" + megabytes + "mb.csv");
        if (!Files.exists(file) || Files.size(file) < megabytes * (long) MB) {
            generate(file, megabytes * (long) MB);
        }
        FileSourceInspector inspector = new FileSourceInspector();
        long start = System.nanoTime();
        SourcePreview preview = inspector.preview(file, Optional.empty(), 100);
        double previewMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("file: %s (%.1f MiB), max heap %.0f MiB%n", file, Files.size(file) / MB, maxHeap() / MB);
        System.out.printf("preview (detect + 100 rows): %.1f ms%n", previewMs);
        int repeat = Integer.getInteger("repeat", 3);
        for (int run = 1; run <= repeat; run++) {
            System.out.printf("run %d of %d%n", run, repeat);
            scan(inspector, file, preview.settings(), run == repeat);
        }
        if (Arrays.asList(args).contains("--opencsv")) {
            opencsv(file);
        }
    }

    private static void scan(FileSourceInspector inspector, Path file, SourceSettings settings, boolean printColumns)
            throws IOException {
        System.gc();
        resetPeaks();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ScanOutcome outcome = inspector.scan(file, settings, ScanListener.NONE, new CancellationToken());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        ScanOutcome.Completed completed = (ScanOutcome.Completed) outcome;
        double size = Files.size(file) / MB;
        System.out.printf(
                "scan: %d records in %.2f s wall = %.1f MiB/s; %.2f s CPU of the scanning thread = %.1f MiB/s per core;"
                        + " peak heap %.1f MiB%n",
                completed.records(), seconds, size / seconds, cpuSeconds, size / cpuSeconds, peakHeap() / MB);
        for (ColumnInference column : printColumns ? completed.columns() : List.<ColumnInference>of()) {
            System.out.printf(
                    "  %-12s %-18s nulls=%d maxBytes=%d%n",
                    column.source(),
                    column.type().sql(),
                    column.evidence().nulls(),
                    column.evidence().maxBytes());
        }
    }

    private static void opencsv(Path file) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long fields = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader reader = new CSVReaderBuilder(in)
                        .withCSVParser(new CSVParserBuilder().withSeparator(',').build())
                        .build()) {
            String[] row;
            while ((row = reader.readNext()) != null) {
                fields += row.length;
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(
                "opencsv CSVReader (tokenizing only, no inference): %d fields in %.2f s wall = %.1f MiB/s;"
                        + " %.2f s CPU = %.1f MiB/s per core%n",
                fields, seconds, Files.size(file) / MB / seconds, cpuSeconds, Files.size(file) / MB / cpuSeconds);
    }

    /** Mixed types: integers, decimals, dates, timestamps, booleans, zero-padded codes, quoted text with commas. */
    static void generate(Path file, long bytes) throws IOException {
        System.out.printf("generating %s (%.0f MB)…%n", file, bytes / MB);
        SplittableRandom random = new SplittableRandom(42);
        String[] words = {"alpha", "beta", "gamma", "delta", "Zürich", "naïve", "quote \"\"x\"\"", "comma, here"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,amount,quantity,order_date,updated_at,active,zip,description,score\n");
            long written = 0;
            StringBuilder row = new StringBuilder(200);
            for (long id = 1; written < bytes; id++) {
                row.setLength(0);
                row.append(id).append(',');
                row.append(random.nextInt(1_000_000))
                        .append('.')
                        .append(10 + random.nextInt(90))
                        .append(',');
                row.append(random.nextInt(1000)).append(',');
                row.append(2000 + random.nextInt(25)).append('-').append(two(1 + random.nextInt(12)));
                row.append('-').append(two(1 + random.nextInt(28))).append(',');
                row.append("2024-")
                        .append(two(1 + random.nextInt(12)))
                        .append('-')
                        .append(two(1 + random.nextInt(28)));
                row.append(' ').append(two(random.nextInt(24))).append(':').append(two(random.nextInt(60)));
                row.append(':').append(two(random.nextInt(60))).append(',');
                row.append(random.nextBoolean() ? "true" : "false").append(',');
                row.append(String.format("%05d", random.nextInt(100_000))).append(',');
                row.append('"').append(words[random.nextInt(words.length)]).append(' ');
                row.append(words[random.nextInt(words.length)]).append('"').append(',');
                row.append(random.nextInt(100))
                        .append('.')
                        .append(random.nextInt(10))
                        .append('\n');
                out.append(row);
                written += row.length();
            }
        }
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }
}
