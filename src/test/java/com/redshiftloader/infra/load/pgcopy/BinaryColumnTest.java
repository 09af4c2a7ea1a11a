package com.redshiftloader.infra.load.pgcopy;

import static com.redshiftloader.infra.load.LoadFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The binary form of every value a rule accepts must be stored exactly as PostgreSQL stores the value's text: each
 * case loads the same values once as CSV (the server parses them) and once in binary (encoded here), into columns
 * of the same type, and reads both tables back as text.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class BinaryColumnTest {

    private static final BinaryValueRule.WholeNumber ID =
            new BinaryValueRule.WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
    private static final int COUNT = 3_000;

    private final TestDatabase database;
    private final Random random = new Random(20261125);

    BinaryColumnTest(TestDatabase database) {
        this.database = database;
    }

    @Test
    void wholeNumbersIntoEachIntegerTypeAndNumeric() throws Exception {
        List<String> values = new ArrayList<>(List.of("0", "-0", "007", "-0042", "32767", "-32768"));
        values.addAll(generate(() -> String.valueOf((short) random.nextInt())));
        assertSameAsText("SMALLINT", new BinaryValueRule.WholeNumber(Short.MIN_VALUE, Short.MAX_VALUE), values);
        values.addAll(List.of("2147483647", "-2147483648"));
        values.addAll(generate(() -> String.valueOf(random.nextInt())));
        assertSameAsText("INTEGER", ID, values);
        values.addAll(List.of("9223372036854775807", "-9223372036854775807", "000000000000000001"));
        values.addAll(generate(() -> String.valueOf(random.nextLong())));
        BinaryValueRule.WholeNumber whole = new BinaryValueRule.WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        assertSameAsText("BIGINT", whole, values);
        assertSameAsText("NUMERIC(20,0)", whole, values);
        assertSameAsText("NUMERIC(24,3)", whole, values);
    }

    @Test
    void decimalsKeepTheirValueAndTheScaleTheServerGivesThem() throws Exception {
        List<String> values = new ArrayList<>(List.of(
                "0",
                "-0",
                "0.0",
                "-0.000",
                "00000.5",
                "0.0001",
                "1.50",
                "1.5000000",
                "-12345678.1234",
                "10000",
                "10000000",
                "9999.9999",
                "0.1230"));
        values.addAll(generate(this::decimal));
        assertSameAsText("NUMERIC(12,4)", new BinaryValueRule.Decimal(12, 4), values);
        values.addAll(List.of("0.00001", "-0.0000000001", "12345678901234567890.1234567890"));
        assertSameAsText("NUMERIC", new BinaryValueRule.Decimal(30, 10), values);
        assertSameAsText("NUMERIC(30,10)", new BinaryValueRule.Decimal(30, 10), values);
    }

    @Test
    void booleansInEveryWordAndCase() throws Exception {
        List<String> words = List.of("t", "f", "y", "n", "1", "0", "no", "yes", "true", "false");
        List<String> values = generate(() -> {
            String word = words.get(random.nextInt(words.size()));
            return random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word;
        });
        values.addAll(List.of("True", "fAlSe", "YES", "No"));
        assertSameAsText("BOOLEAN", new BinaryValueRule.Bool(), values);
    }

    @Test
    void datesOverTheWholeCalendar() throws Exception {
        List<String> values = new ArrayList<>(List.of(
                "0001-01-01",
                "9999-12-31",
                "2000-02-29",
                "1900-02-28",
                "2024-02-29",
                "1582-10-10",
                "1999-12-31",
                "2000-01-01",
                "1970-01-01",
                "0400-02-29"));
        values.addAll(generate(() -> date().toString()));
        BinaryValueRule.Timestamp dateRule =
                new BinaryValueRule.Timestamp(false, Optional.empty(), BinaryValueRule.Zone.NONE);
        assertSameAsText("DATE", dateRule, values);
        assertSameAsText("TIMESTAMP", dateRule, values);
    }

    @Test
    void timestampsWithAndWithoutSecondsAndFractions() throws Exception {
        List<String> values = new ArrayList<>(List.of(
                "2024-02-29 23:59:59.999999",
                "0001-01-01T00:00",
                "1999-12-31 23:59:59.5",
                "2000-01-01 00:00:00.000001",
                "1960-06-15 12:00:00.12"));
        values.addAll(generate(() -> timestamp(random.nextBoolean() ? ' ' : 'T')));
        BinaryValueRule.Timestamp rule =
                new BinaryValueRule.Timestamp(true, Optional.empty(), BinaryValueRule.Zone.NONE);
        assertSameAsText("TIMESTAMP", rule, values);
        assertSameAsText("TIMESTAMP(3)", rule, values); // both round alike to the column's precision
    }

    @Test
    void timestampsWithOffsetsLandOnTheSameInstant() throws Exception {
        List<String> offsets = List.of("Z", "+00", "+05:30", "-08", "-03:30", "+14", "-12:00", "+01:00");
        List<String> values = generate(() -> timestamp('T') + offsets.get(random.nextInt(offsets.size())));
        values.addAll(List.of("0001-01-01T00:30:00+01", "9999-12-31T23:59:59.999999-10"));
        BinaryValueRule.Timestamp rule =
                new BinaryValueRule.Timestamp(true, Optional.empty(), BinaryValueRule.Zone.REQUIRED);
        assertSameAsText("TIMESTAMPTZ", rule, values);
    }

    @Test
    void textOfAnyKindByteForByte() throws Exception {
        List<String> values = new ArrayList<>(List.of(
                "O'Brien, \"Jr\"", "C:\\temp\\new", "😀 é ß 中文", "two\nlines", "  padded  ", "\\N", "NULL", "\t"));
        values.addAll(generate(this::text));
        BinaryValueRule.Text rule = new BinaryValueRule.Text(64);
        assertSameAsText("VARCHAR(64)", rule, values);
        assertSameAsText("TEXT", rule, values);
        assertSameAsText("CHAR(64)", rule, values);
    }

    @Test
    void valuesTheServerRefusesAsTextAreRefused() throws Exception {
        BinaryValueRule.Timestamp dateRule =
                new BinaryValueRule.Timestamp(false, Optional.empty(), BinaryValueRule.Zone.NONE);
        for (String day : List.of("2023-02-29", "2024-04-31", "0000-01-01", "2024-13-01", "2024-00-10", "2024-01-00")) {
            assertRefusedLikeText("DATE", dateRule, day);
        }
        assertRefusedLikeText("SMALLINT", ID, "40000");
        assertRefusedLikeText("INTEGER", new BinaryValueRule.WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE), "2147483648");
    }

    @Test
    void anEmptyValueIsNull() throws Exception {
        try (Connection connection = database.connect()) {
            table(connection, "TEXT");
            copyBinary(
                    connection,
                    BinaryColumn.of(new BinaryValueRule.Text(8), BinaryColumn.TEXT)
                            .orElseThrow(),
                    List.of(""));
            assertThat(rows(connection, "SELECT n, v IS NULL FROM as_binary")).containsExactly(List.of("0", "t"));
        }
    }

    @Test
    void typesWithoutABinaryFormHereAreNotEncoded() {
        assertThat(BinaryColumn.of(new BinaryValueRule.Text(8), BinaryColumn.INT4))
                .isEmpty();
        assertThat(BinaryColumn.of(new BinaryValueRule.Decimal(8, 2), BinaryColumn.INT8))
                .isEmpty();
        BinaryValueRule.Timestamp local =
                new BinaryValueRule.Timestamp(true, Optional.empty(), BinaryValueRule.Zone.NONE);
        assertThat(BinaryColumn.of(local, BinaryColumn.TIMESTAMPTZ)).isEmpty(); // the session's zone would decide
        assertThat(BinaryColumn.of(local, BinaryColumn.DATE)).isEmpty();
        assertThat(BinaryColumn.of(new BinaryValueRule.Text(8), 3802)).isEmpty(); // jsonb
    }

    @Test
    void daysCountLikeJavaTime() {
        for (int i = 0; i < 100_000; i++) {
            LocalDate day = date();
            assertThat(BinaryColumn.Temporal.daysSince1970(day.getYear(), day.getMonthValue(), day.getDayOfMonth()))
                    .as(day.toString())
                    .isEqualTo(day.toEpochDay());
        }
    }

    private void assertSameAsText(String sqlType, BinaryValueRule rule, List<String> values) throws Exception {
        for (String value : values) {
            assertThat(refusal(rule, value)).as(value).isNull();
        }
        try (Connection connection = database.connect()) {
            table(connection, sqlType);
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                csv.append(i)
                        .append(",\"")
                        .append(values.get(i).replace("\"", "\"\""))
                        .append("\"\n");
            }
            copyManager(connection)
                    .copyIn("COPY as_text FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
            long type = TableColumnTypes.of(connection, "as_binary").get("v");
            copyBinary(connection, BinaryColumn.of(rule, (int) type).orElseThrow(), values);

            String read = "SELECT n, v::text FROM %s ORDER BY n";
            List<List<String>> asText = rows(connection, read.formatted("as_text"));
            assertThat(rows(connection, read.formatted("as_binary")))
                    .as(sqlType)
                    .isEqualTo(asText);
            assertThat(asText).hasSize(values.size());
        }
    }

    private void assertRefusedLikeText(String sqlType, BinaryValueRule rule, String value) throws Exception {
        assertThat(refusal(rule, value)).as(value).isNull();
        try (Connection connection = database.connect()) {
            table(connection, sqlType);
            long type = TableColumnTypes.of(connection, "as_binary").get("v");
            BinaryColumn column = BinaryColumn.of(rule, (int) type).orElseThrow();
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            BinaryTuples tuples = new BinaryTuples(new BinaryColumn[] {column}, (chunk, length) -> {});
            tuples.beginRecord();
            assertThat(tuples.field(0, bytes, bytes.length)).as(value).isNotNull();
            assertThatThrownBy(() -> copyManager(connection)
                            .copyIn("COPY as_text (v) FROM STDIN WITH (FORMAT csv)", new StringReader(value + "\n")))
                    .as(value)
                    .isInstanceOf(SQLException.class);
        }
    }

    private static String refusal(BinaryValueRule rule, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return rule.refuse(bytes, bytes.length);
    }

    private static void table(Connection connection, String sqlType) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS as_text, as_binary");
            statement.execute("CREATE TABLE as_text (n INTEGER, v " + sqlType + ")");
            statement.execute("CREATE TABLE as_binary (LIKE as_text)");
        }
    }

    private static void copyBinary(Connection connection, BinaryColumn column, List<String> values) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryColumn id = BinaryColumn.of(ID, BinaryColumn.INT4).orElseThrow();
        BinaryTuples tuples =
                new BinaryTuples(new BinaryColumn[] {id, column}, (chunk, length) -> out.write(chunk, 0, length));
        for (int i = 0; i < values.size(); i++) {
            tuples.beginRecord();
            byte[] number = String.valueOf(i).getBytes(StandardCharsets.UTF_8);
            assertThat(tuples.field(0, number, number.length)).isNull();
            byte[] value = values.get(i).getBytes(StandardCharsets.UTF_8);
            assertThat(tuples.field(1, value, value.length)).as(values.get(i)).isNull();
            tuples.drain();
        }
        tuples.finish();
        copyManager(connection)
                .copyIn("COPY as_binary FROM STDIN WITH (FORMAT binary)", new ByteArrayInputStream(out.toByteArray()));
    }

    private static CopyManager copyManager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private List<String> generate(Supplier<String> value) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            values.add(value.get());
        }
        return values;
    }

    private String decimal() {
        StringBuilder number = new StringBuilder(random.nextBoolean() ? "-" : "");
        number.append("0".repeat(random.nextInt(3)));
        int integerDigits = 1 + random.nextInt(8);
        for (int i = 0; i < integerDigits; i++) {
            number.append((char) ('0' + random.nextInt(10)));
        }
        int fraction = random.nextInt(5);
        if (fraction > 0 || random.nextBoolean()) {
            number.append('.');
            for (int i = 0; i < Math.max(1, fraction); i++) {
                number.append((char) ('0' + random.nextInt(10)));
            }
            number.append("0".repeat(random.nextInt(4))); // zeros beyond the scale: no rounding, a wider display
        }
        return number.toString();
    }

    private LocalDate date() {
        return LocalDate.ofEpochDay(LocalDate.of(1, 1, 1).toEpochDay()
                + (long) (random.nextDouble()
                        * (LocalDate.of(9999, 12, 31).toEpochDay()
                                - LocalDate.of(1, 1, 1).toEpochDay())));
    }

    private String timestamp(char separator) {
        String time = "%s%c%02d:%02d".formatted(date(), separator, random.nextInt(24), random.nextInt(60));
        if (random.nextInt(4) > 0) {
            time += ":%02d".formatted(random.nextInt(60));
            int digits = random.nextInt(7);
            if (digits > 0) {
                time += "."
                        + String.valueOf(1_000_000 + random.nextInt(1_000_000)).substring(1, 1 + digits);
            }
        }
        return time;
    }

    private String text() {
        int[] alphabet = {'a', 'Z', '0', ' ', ',', '"', '\'', '\\', '\n', 'é', 'ß', '中', 0x1F600, '\t', '|'};
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }
}
