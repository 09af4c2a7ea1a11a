package com.redshiftloader.infra.load.pgcopy;

import static com.redshiftloader.infra.load.LoadFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Whole files, not single values: random delimited files (header or not, four delimiters, LF/CRLF/CR, NULLs, quoted
 * fields with delimiters, quotes and line breaks, a last line with or without its line break) go through the check
 * into the binary form, and the server must store exactly what its own CSV COPY of the same bytes stores. It found a
 * file ending right after a delimiter giving its empty last field the bytes of the field before it.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class BinaryCopyStreamTest {

    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f");
    private static final List<BinaryValueRule> RULES = List.of(
            new BinaryValueRule.WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE),
            new BinaryValueRule.Text(20),
            new BinaryValueRule.Decimal(12, 4),
            new BinaryValueRule.Bool(),
            new BinaryValueRule.Timestamp(false, Optional.empty(), BinaryValueRule.Zone.NONE),
            new BinaryValueRule.Timestamp(true, Optional.empty(), BinaryValueRule.Zone.REQUIRED));
    private static final String COLUMNS = "a INTEGER, b VARCHAR(20), c NUMERIC(12,4), d BOOLEAN, e DATE, f TIMESTAMPTZ";

    private final TestDatabase database;
    private final Random random = new Random(11);

    BinaryCopyStreamTest(TestDatabase database) {
        this.database = database;
    }

    @Test
    void randomFilesStoreWhatTheServersOwnCsvCopyStores() throws Exception {
        try (Connection connection = database.connect()) {
            for (int f = 0; f < 150; f++) {
                boolean header = random.nextBoolean();
                char delimiter = ",;|\t".charAt(random.nextInt(4));
                String lineEnd = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
                byte[] file = file(header, delimiter, lineEnd).getBytes(StandardCharsets.UTF_8);
                String described = "file " + f + ", delimiter " + (int) delimiter + ", line end "
                        + lineEnd.replace("\r", "CR").replace("\n", "LF") + ", header " + header;
                execute(connection, "DROP TABLE IF EXISTS as_text, as_binary");
                execute(connection, "CREATE TABLE as_text (" + COLUMNS + ")");
                execute(connection, "CREATE TABLE as_binary (" + COLUMNS + ")");

                ByteArrayOutputStream encoded = new ByteArrayOutputStream();
                BinaryTuples tuples =
                        new BinaryTuples(binaryColumns(connection), (chunk, length) -> encoded.write(chunk, 0, length));
                BinaryCopyScan.Verdict verdict = new BinaryCopyScan(
                                delimiter, '"', header, true, RULES, Set.of(""), false, Optional.of(tuples))
                        .check(new ByteArrayInputStream(file), new AtomicLong(), () -> false);
                assertThat(verdict).as(described).isInstanceOf(BinaryCopyScan.Verdict.Exact.class);
                tuples.finish();
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn(csvCopy(delimiter, header), new ByteArrayInputStream(file));
                long loaded = copy.copyIn(
                        "COPY as_binary (a, b, c, d, e, f) FROM STDIN WITH (FORMAT binary)",
                        new ByteArrayInputStream(encoded.toByteArray()));

                String read =
                        "SELECT a::text, b::text, c::text, d::text, e::text, f::text FROM %s ORDER BY 1, 2, 3, 4, 5, 6";
                assertThat(rows(connection, read.formatted("as_binary")))
                        .as(described)
                        .isEqualTo(rows(connection, read.formatted("as_text")));
                assertThat(loaded).as(described).isEqualTo(((BinaryCopyScan.Verdict.Exact) verdict).records());
            }
        }
    }

    /** The server's own reading of the same bytes: CSV, only an unquoted empty field as NULL. */
    private static String csvCopy(char delimiter, boolean header) {
        String separator = delimiter == '\t' ? "E'\\t'" : "'" + delimiter + "'";
        return "COPY as_text (a, b, c, d, e, f) FROM STDIN WITH (FORMAT csv, HEADER " + header + ", DELIMITER "
                + separator + ", QUOTE '\"', NULL '')";
    }

    private static BinaryColumn[] binaryColumns(Connection connection) throws SQLException {
        Map<String, Long> types = TableColumnTypes.of(connection, "as_binary");
        BinaryColumn[] columns = new BinaryColumn[NAMES.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = BinaryColumn.of(RULES.get(i), types.get(NAMES.get(i)).intValue())
                    .orElseThrow();
        }
        return columns;
    }

    private String file(boolean header, char delimiter, String lineEnd) {
        String separator = String.valueOf(delimiter);
        StringBuilder file = new StringBuilder();
        if (header) {
            file.append(String.join(separator, NAMES)).append(lineEnd);
        }
        int rows = 1 + random.nextInt(200);
        for (int i = 0; i < rows; i++) {
            List<String> fields = new ArrayList<>();
            fields.add(orEmpty(String.valueOf(random.nextInt())));
            String text = orEmpty(text());
            fields.add(text.isEmpty() ? text : "\"" + text.replace("\"", "\"\"") + "\"");
            fields.add(orEmpty((random.nextBoolean() ? "-" : "")
                    + random.nextInt(99_999_999)
                    + (random.nextBoolean() ? "." + random.nextInt(10_000) : "")));
            fields.add(orEmpty(List.of("t", "False", "YES", "n", "1", "0").get(random.nextInt(6))));
            fields.add(orEmpty("%04d-%02d-%02d"
                    .formatted(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28))));
            fields.add(orEmpty("%04d-%02d-%02dT%02d:%02d:%02d.%d%s"
                    .formatted(
                            1 + random.nextInt(9999),
                            1 + random.nextInt(12),
                            1 + random.nextInt(28),
                            random.nextInt(24),
                            random.nextInt(60),
                            random.nextInt(60),
                            random.nextInt(999_999),
                            List.of("Z", "+05:45", "-12", "+14").get(random.nextInt(4)))));
            if (random.nextBoolean()) { // a value quoted that needs no quotes
                int k = random.nextInt(fields.size());
                String value = fields.get(k);
                if (!value.isEmpty() && !value.startsWith("\"")) {
                    fields.set(k, "\"" + value + "\"");
                }
            }
            file.append(String.join(separator, fields));
            if (i < rows - 1 || random.nextBoolean()) {
                file.append(lineEnd);
            }
        }
        return file.toString();
    }

    /** One value in ten is empty: NULL. */
    private String orEmpty(String value) {
        return random.nextInt(10) == 0 ? "" : value;
    }

    private String text() {
        String[] pieces = {"a", " ", "\"", ",", ";", "|", "\t", "\n", "\r\n", "é", "中", "\\", "NULL", "x"};
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
