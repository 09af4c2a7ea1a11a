package com.redshiftloader.infra.files;

import com.redshiftloader.domain.schema.inference.ColumnAccumulator;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.types.TypeCategory;
import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.EncodingEvidence;
import com.redshiftloader.domain.source.LineEnding;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Detects how a file is written from its name and its first 64 KiB: compression, encoding, format, delimiter, line
 * ending, header. Every result can be overridden by the user.
 */
final class SourceDetector {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int LINES = 50;

    private SourceDetector() {}

    static SourceSettings detect(Path file) {
        SourceSample sample = SourceSample.read(file);
        if (sample.length() == 0) {
            throw new SourceFormatException(file, 0, 0, "the file is empty. Choose a file with a header and rows.");
        }
        EncodingEvidence evidence = Encodings.evidence(sample);
        Charset encoding = evidence.encoding();
        checkText(file, sample, encoding);
        String text = sample.text(encoding);
        SourceFormat format = format(file, text);
        SourceSettings settings =
                SourceSettings.csv().withFormat(format).withGzip(sample.gzip()).withEncoding(encoding, evidence.bom());
        if (!format.isDelimited()) {
            return settings;
        }
        CsvDialect dialect = dialect(file, text, format);
        return settings.withFormat(dialect.delimiter() == '\t' ? SourceFormat.TSV : SourceFormat.CSV)
                .withDialect(dialect);
    }

    static void checkText(Path file, SourceSample sample, Charset encoding) {
        if (sample.looksBinary(encoding)) {
            throw new SourceFormatException(
                    file,
                    0,
                    0,
                    "the file looks binary (many NUL or control bytes, the first at " + sample.firstControlByte()
                            + "), not CSV or JSON text. Choose a text file; if it is UTF-16 without a byte-order mark, choose the"
                            + " encoding UTF-16LE or UTF-16BE.");
        }
    }

    static SourceFormat format(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        char first = firstNonBlank(text);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return SourceFormat.JSONL;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return SourceFormat.TSV;
        }
        if (name.endsWith(".csv")) {
            return SourceFormat.CSV;
        }
        if (first == '[') {
            return SourceFormat.JSON;
        }
        if (first == '{') {
            return SourceFormat.JSONL;
        }
        return SourceFormat.CSV;
    }

    private static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static CsvDialect dialect(Path file, String text, SourceFormat format) {
        char delimiter = format == SourceFormat.TSV ? '\t' : delimiter(text);
        CsvDialect dialect = CsvDialect.rfc4180()
                .withDelimiter(delimiter)
                .withQuote(quote(text, delimiter))
                .withLineEnding(lineEnding(text));
        return dialect.withHeader(hasHeader(file, text, dialect));
    }

    /** The candidate found the same number of times (and at least once) on the most lines, outside quotes. */
    static char delimiter(String text) {
        char best = ',';
        double bestScore = 0;
        for (char candidate : DELIMITERS) {
            List<Integer> counts = countsPerLine(text, candidate);
            if (counts.isEmpty() || counts.get(0) == 0) {
                continue;
            }
            int first = counts.get(0);
            long same = counts.stream().filter(count -> count == first).count();
            double score = (double) same / counts.size() + Math.min(first, 50) / 1000.0;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static List<Integer> countsPerLine(String text, char candidate) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        int count = 0;
        for (int i = 0; i < text.length() && counts.size() < LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == candidate) {
                count++;
            } else if (!quoted && c == '\n') {
                counts.add(count);
                count = 0;
            }
        }
        if (count > 0) {
            counts.add(count);
        }
        return counts;
    }

    /**
     * The double quote, unless fields open with a single quote and never with a double quote (some exports quote
     * with {@code '}).
     */
    static char quote(String text, char delimiter) {
        int single = 0;
        int dbl = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean fieldStart = i == 0 || text.charAt(i - 1) == delimiter || text.charAt(i - 1) == '\n';
            if (fieldStart && c == '\'') {
                single++;
            } else if (c == '"') {
                dbl++;
            }
        }
        return single > 0 && dbl == 0 ? '\'' : '"';
    }

    static LineEnding lineEnding(String text) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf >= lf && crlf >= cr && crlf > 0) {
            return LineEnding.CRLF;
        }
        return cr > lf ? LineEnding.CR : LineEnding.LF;
    }

    /**
     * Votes per column: where the other rows have a type (numbers, dates…) and the first row's value breaks it, the
     * first row is a header; where it fits, it is data. Without typed columns to go by: a header unless a first-row
     * value is empty, repeated, or a number or date (column names are text).
     */
    static boolean hasHeader(Path file, String text, CsvDialect dialect) {
        CsvTokenizer tokenizer = new CsvTokenizer(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                file,
                dialect.withHeader(false),
                1 << 20);
        List<String[]> rows = new ArrayList<>();
        String[] row;
        while (rows.size() < LINES && (row = tokenizer.next()) != null) {
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return true;
        }
        String[] first = rows.get(0);
        int votes = 0;
        for (int column = 0; column < first.length; column++) {
            votes += vote(rows, column);
        }
        if (votes != 0) {
            return votes > 0;
        }
        return looksLikeNames(first);
    }

    /** +1 when the first row breaks the type of the other rows in this column, -1 when it fits, 0 for text. */
    private static int vote(List<String[]> rows, int column) {
        ColumnAccumulator rest = new ColumnAccumulator("rest", SourceSettings.DEFAULT_NULL_TOKENS);
        ColumnAccumulator all = new ColumnAccumulator("all", SourceSettings.DEFAULT_NULL_TOKENS);
        all.accept(rows.get(0)[column], 1);
        for (int i = 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String value = column < row.length ? row[column] : null;
            rest.accept(value, i + 1);
            all.accept(value, i + 1);
        }
        ColumnInference restType = rest.result();
        if (restType.category() == TypeCategory.STRING || restType.evidence().values() == 0) {
            return 0;
        }
        return all.result().category() == TypeCategory.STRING ? 1 : -1;
    }

    private static boolean looksLikeNames(String[] first) {
        Set<String> seen = new HashSet<>();
        for (String value : first) {
            if (value.isBlank() || !seen.add(value)) {
                return false;
            }
            ColumnAccumulator accumulator = new ColumnAccumulator("probe", Set.of());
            accumulator.accept(value, 1);
            TypeCategory category = accumulator.result().category();
            if (category != TypeCategory.STRING && category != TypeCategory.BOOLEAN) {
                return false;
            }
        }
        return true;
    }
}
