package com.redshiftloader.infra.load.s3copy;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.infra.load.convert.StageRow;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How fast the S3 path's parts are encoded: {@link CsvPartEncoder} against opencsv's {@code CSVWriter} on the same
 * converted rows (1,000,000 rows of 7 columns by default), into a writer that only counts. A command, not a test:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     com.redshiftloader.infra.load.s3copy.CsvEncodingBenchmark [rows] [rounds]
 * </pre>
 *
 * Both turn values into text the same way; opencsv then quotes every field ({@code applyQuotesToAll}), and its
 * caller counts the newlines in the values as the encoder does (the part's physical lines are needed to find a
 * rejected row's source line). The two run interleaved, after a warm-up round each, so that the machine's load
 * falls on both; the load average is printed before and after.
 */
public final class CsvEncodingBenchmark {

    private CsvEncodingBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<StageRow> data = rows(rows);
        System.out.printf("%,d rows x 7 columns, %d rounds, load average %.2f%n", rows, rounds, loadAverage());
        encoder(data);
        opencsv(data);
        for (int round = 1; round <= rounds; round++) {
            Result encoder = encoder(data);
            Result opencsv = opencsv(data);
            System.out.printf(
                    "round %d: CsvPartEncoder %6.0f ms (%4.0f MB/s)   opencsv CSVWriter %6.0f ms (%4.0f MB/s)   %.2fx%n",
                    round,
                    encoder.millis(),
                    encoder.megabytesPerSecond(),
                    opencsv.millis(),
                    opencsv.megabytesPerSecond(),
                    opencsv.millis() / encoder.millis());
        }
        System.out.printf("load average after: %.2f%n", loadAverage());
    }

    private record Result(double millis, long chars) {
        double megabytesPerSecond() {
            return chars / 1e6 / (millis / 1e3);
        }
    }

    private static Result encoder(List<StageRow> data) {
        CsvPartEncoder encoder = new CsvPartEncoder(columns());
        CountingWriter out = new CountingWriter();
        StringBuilder row = new StringBuilder(256);
        long newlines = 0;
        long start = System.nanoTime();
        for (StageRow stageRow : data) {
            row.setLength(0);
            newlines += encoder.encode(stageRow, row);
            out.write(row.toString()); // as PartFileWriter does before gzip; opencsv makes a String per row too
        }
        return result(start, out, newlines);
    }

    private static Result opencsv(List<StageRow> data) {
        CountingWriter out = new CountingWriter();
        ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build();
        String[] fields = new String[8];
        long newlines = 0;
        long start = System.nanoTime();
        for (StageRow stageRow : data) {
            Object[] values = stageRow.values();
            newlines++;
            for (int i = 0; i < values.length; i++) {
                fields[i] = values[i] == null ? null : CsvPartEncoder.text(values[i]);
                newlines += newlines(fields[i]);
            }
            fields[7] = Long.toString(stageRow.line());
            csv.writeNext(fields, true);
        }
        return result(start, out, newlines);
    }

    private static Result result(long start, CountingWriter out, long newlines) {
        double millis = (System.nanoTime() - start) / 1e6;
        if (newlines < 0) {
            throw new AssertionError();
        }
        return new Result(millis, out.chars);
    }

    private static int newlines(String value) {
        int count = 0;
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '\n') {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<ColumnSpec> columns() {
        return List.of(
                S3CopyFixture.column(1, "id", ScalarType.BIGINT),
                S3CopyFixture.column(2, "name", new RedshiftType.Varchar(64)),
                S3CopyFixture.column(3, "amount", new RedshiftType.Decimal(12, 2)),
                S3CopyFixture.column(4, "day", ScalarType.DATE),
                S3CopyFixture.column(5, "at", ScalarType.TIMESTAMP),
                S3CopyFixture.column(6, "flag", ScalarType.BOOLEAN),
                S3CopyFixture.column(7, "note", new RedshiftType.Varchar(256)));
    }

    /** Ids, names, decimals, dates, timestamps, booleans and notes, a few with quotes, commas, newlines or NULL. */
    private static List<StageRow> rows(int count) {
        SplittableRandom random = new SplittableRandom(42);
        LocalDateTime base = LocalDateTime.of(2024, 1, 1, 0, 0);
        StageRow[] rows = new StageRow[count];
        for (int i = 0; i < count; i++) {
            String note =
                    switch (random.nextInt(20)) {
                        case 0 -> null;
                        case 1 -> "said \"hello\", then left";
                        case 2 -> "two\nlines";
                        default -> "note number " + random.nextInt(1_000_000);
                    };
            rows[i] = new StageRow(
                    i + 2L,
                    new Object[] {
                        (long) i,
                        "customer " + random.nextInt(100_000),
                        BigDecimal.valueOf(random.nextLong(10_000_000), 2),
                        base.toLocalDate().plusDays(random.nextInt(3650)),
                        base.plusSeconds(random.nextInt(315_360_000)),
                        random.nextBoolean(),
                        note
                    },
                    100);
        }
        return List.of(rows);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Counts what it is given and keeps nothing, so that only the encoding is timed. */
    private static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text) {
            chars += text.length();
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public Writer append(CharSequence text) {
            chars += text.length();
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
