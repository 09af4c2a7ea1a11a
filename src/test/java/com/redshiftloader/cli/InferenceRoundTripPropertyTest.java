package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.types.BooleanText;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestDatabase;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential property of inference and loading: random columns (numbers of every shape, dates in every layout
 * the scan detects, timestamps, booleans, text, NULL tokens) are inferred and loaded through the whole command on
 * each path (the stand-in's INSERT, engine=postgres's COPY, S3 staging + COPY), and every value read back equals the
 * file's value as its column's type reads it, or the inference chose text and the value is the file's text. The seed
 * is in every failure message; run one seed again by putting it in {@link #SEEDS}.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class InferenceRoundTripPropertyTest {

    private static final long[] SEEDS = {20261203L, 7L, 424242L};
    private static final int ROWS = 40;
    private static final int COLUMNS = 400;
    private static final String[] NULL_TOKENS = {"", "NULL", "null", "\\N", "NA"};
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    @TempDir
    Path directory;

    private final RedshiftStandIn standIn;
    private final TestDatabase database;

    InferenceRoundTripPropertyTest(RedshiftStandIn standIn, TestDatabase database) {
        this.standIn = standIn;
        this.database = database;
    }

    /** One cell: its text in the file, and what it means (null for a NULL token). */
    private record Cell(String text, Object meaning) {}

    /** A column's kind and its generator of cells; a column may mix kinds (then text is the only right type). */
    private record Kind(String name, Function<Random, Cell> cell) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("small integers", r -> number(String.valueOf(r.nextInt(2001) - 1000))),
            new Kind("large integers", r -> number(String.valueOf(r.nextLong()))),
            new Kind("ids that grow", r -> number(String.valueOf(Math.abs(r.nextLong() % 3_000_000_000L)))),
            new Kind("one and zero", r -> number(r.nextBoolean() ? "1" : "0")),
            new Kind("zero-padded codes", r -> text(String.format(Locale.ROOT, "%05d", r.nextInt(1000)))),
            new Kind("decimals", r -> number(decimal(r, 6, 4))),
            new Kind("fractions below one", r -> number(r.nextInt(5) == 0 ? "0" : decimal(r, 0, 3))),
            new Kind("money", r -> number(decimal(r, 4, 2))),
            new Kind("long decimals", r -> number(decimal(r, 20, 18))),
            new Kind("exponents", r -> number(exponent(r, 300))),
            new Kind("exponents with one out of range", r -> number(r.nextInt(40) == 0 ? "1e400" : exponent(r, 30))),
            new Kind("ISO dates", r -> date(r, "uuuu-MM-dd")),
            new Kind("US dates", r -> date(r, "M/d/uuuu")),
            new Kind("day-first dates", r -> date(r, "d/M/uuuu")),
            new Kind("dotted dates", r -> date(r, "dd.MM.uuuu")),
            new Kind("slashed ISO dates", r -> date(r, "uuuu/MM/dd")),
            new Kind("timestamps", r -> timestamp(r, "uuuu-MM-dd HH:mm:ss", false)),
            new Kind("T timestamps with fractions", r -> timestamp(r, "uuuu-MM-dd'T'HH:mm:ss", true)),
            new Kind("booleans", r -> {
                String word = List.of("true", "false", "t", "f", "yes", "no", "y", "n", "TRUE", "False", "YES", "No")
                        .get(r.nextInt(12));
                return new Cell(word, word);
            }),
            new Kind("words", r -> text(word(r))),
            new Kind("text with commas, quotes and spaces", r -> text(" " + word(r) + ", \"" + word(r) + "\" ")),
            new Kind(
                    "Unicode",
                    r -> text(List.of("café", "Zoë 😀", "日本語", "naïve", "Ωmega", "€5")
                            .get(r.nextInt(6)))),
            new Kind(
                    "numbers and a word", r -> r.nextInt(30) == 0 ? text("n/a") : number(String.valueOf(r.nextInt()))));

    private static Cell number(String text) {
        return new Cell(text, text);
    }

    private static Cell text(String text) {
        return new Cell(text, text);
    }

    private static String decimal(Random r, int integerDigits, int scale) {
        StringBuilder text = new StringBuilder(r.nextInt(4) == 0 ? "-" : "");
        int before = r.nextInt(integerDigits + 1);
        text.append(before == 0 ? "0" : String.valueOf(1 + r.nextInt(9)));
        for (int i = 1; i < before; i++) {
            text.append(r.nextInt(10));
        }
        int after = r.nextInt(scale + 1);
        if (after > 0) {
            text.append('.');
            for (int i = 0; i < after; i++) {
                text.append(r.nextInt(10));
            }
        }
        return text.toString();
    }

    private static String exponent(Random r, int range) {
        return (r.nextBoolean() ? "-" : "") + (1 + r.nextInt(9)) + "." + r.nextInt(1000) + (r.nextBoolean() ? "e" : "E")
                + (r.nextInt(2 * range + 1) - range);
    }

    private static Cell date(Random r, String layout) {
        LocalDate day = LocalDate.of(1950 + r.nextInt(100), 1 + r.nextInt(12), 13 + r.nextInt(16));
        return new Cell(day.format(DateTimeFormatter.ofPattern(layout)), day);
    }

    private static Cell timestamp(Random r, String layout, boolean fraction) {
        LocalDateTime time = LocalDateTime.of(
                1970 + r.nextInt(60),
                1 + r.nextInt(12),
                1 + r.nextInt(28),
                r.nextInt(24),
                r.nextInt(60),
                r.nextInt(60));
        String text = time.format(DateTimeFormatter.ofPattern(layout));
        if (fraction) {
            int micros = r.nextInt(1_000_000);
            text += String.format(Locale.ROOT, ".%06d", micros);
            time = time.plusNanos(micros * 1000L);
        }
        return new Cell(text, time);
    }

    private static String word(Random r) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
            word.append((char) ('a' + r.nextInt(26)));
        }
        return word.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "local", BothEngines.STAGED})
    void everyValueLandsAsItsInferredTypeReadsItOrAsTheFilesText(String profile) throws Exception {
        BothEngines engines = new BothEngines(directory, standIn, database);
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            List<Kind> kinds = new ArrayList<>();
            List<List<Cell>> cells = new ArrayList<>();
            for (int c = 0; c < COLUMNS; c++) {
                kinds.add(KINDS.get(c < KINDS.size() ? c : random.nextInt(KINDS.size())));
            }
            StringBuilder csv = new StringBuilder("row_id");
            for (int c = 0; c < COLUMNS; c++) {
                csv.append(",c").append(c);
            }
            csv.append('\n');
            for (int row = 1; row <= ROWS; row++) {
                List<Cell> line = new ArrayList<>();
                csv.append(row);
                for (Kind kind : kinds) {
                    Cell cell = random.nextInt(10) == 0
                            ? new Cell(NULL_TOKENS[random.nextInt(NULL_TOKENS.length)], null)
                            : kind.cell().apply(random);
                    line.add(cell);
                    csv.append(',').append(quoted(cell.text()));
                }
                cells.add(line);
                csv.append('\n');
            }
            String table = "roundtrip_" + profile + "_" + seed;
            Path file = Files.writeString(directory.resolve(table + ".csv"), csv);
            String context = "seed " + seed + ", profile " + profile + ", file " + file;

            int exit = engines.load(profile, file, table);

            assertThat(exit).as(context + ": " + engines.err()).isZero();
            compare(table, kinds, cells, context);
        }
    }

    private static String quoted(String text) {
        boolean quote = text.isEmpty()
                ? false
                : text.contains(",") || text.contains("\"") || text.startsWith(" ") || text.endsWith(" ");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private void compare(String table, List<Kind> kinds, List<List<Cell>> cells, String context) throws Exception {
        Map<String, String> types = new HashMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet columns = statement.executeQuery("SELECT attname, format_type(atttypid, atttypmod)"
                    + " FROM pg_attribute WHERE attnum > 0 AND attrelid = 'public." + table + "'::regclass")) {
                while (columns.next()) {
                    types.put(columns.getString(1), columns.getString(2));
                }
            }
            assertThat(types.values().stream().map(type -> type.replaceAll("\\(.*", "")))
                    .as(context + ": the columns are not all text, or the test would prove nothing")
                    .contains(
                            "integer",
                            "bigint",
                            "numeric",
                            "double precision",
                            "boolean",
                            "date",
                            "timestamp without time zone",
                            "character varying");
            StringBuilder select = new StringBuilder("SELECT row_id");
            for (int c = 0; c < COLUMNS; c++) {
                select.append(", c").append(c).append("::text");
            }
            try (ResultSet rows = statement.executeQuery(select + " FROM public." + table + " ORDER BY row_id")) {
                int row = 0;
                while (rows.next()) {
                    List<Cell> line = cells.get(row++);
                    assertThat(rows.getInt(1)).as(context).isEqualTo(row);
                    for (int c = 0; c < COLUMNS; c++) {
                        String type = types.get("c" + c);
                        Cell cell = line.get(c);
                        String where = context + ", line " + (row + 1) + ", column c" + c + " ("
                                + kinds.get(c).name() + ", " + type + "), file value '" + cell.text() + "'";
                        check(type, cell, rows.getString(2 + c), where);
                    }
                }
                assertThat(row).as(context).isEqualTo(ROWS);
            }
        }
    }

    private static void check(String type, Cell cell, String landed, String where) throws Exception {
        if (cell.meaning() == null) {
            assertThat(landed).as(where + ": a NULL token").isNull();
            return;
        }
        assertThat(landed).as(where).isNotNull();
        String text = cell.text();
        if (type.startsWith("character") || type.equals("text")) {
            assertThat(landed).as(where + ": text lands as written").isEqualTo(text);
        } else if (type.equals("integer") || type.equals("bigint") || type.equals("smallint")) {
            assertThat(Long.parseLong(landed)).as(where).isEqualTo(Long.parseLong(text.strip()));
        } else if (type.startsWith("numeric")) {
            assertThat(new BigDecimal(landed)).as(where).isEqualByComparingTo(new BigDecimal(text.strip()));
        } else if (type.equals("double precision")) {
            assertThat(Double.parseDouble(landed)).as(where).isEqualTo(Double.parseDouble(text.strip()));
        } else if (type.equals("real")) {
            assertThat(Float.parseFloat(landed)).as(where).isEqualTo(Float.parseFloat(text.strip()));
        } else if (type.equals("boolean")) {
            assertThat(landed).as(where).isEqualTo(String.valueOf(BooleanText.parse(text)));
        } else if (type.equals("date")) {
            assertThat(LocalDate.parse(landed)).as(where).isEqualTo(cell.meaning());
        } else if (type.startsWith("timestamp without")) {
            assertThat(LocalDateTime.parse(landed.replace(' ', 'T'))).as(where).isEqualTo(cell.meaning());
        } else {
            throw new AssertionError(where + ": a type this test does not read back: " + type);
        }
    }
}
