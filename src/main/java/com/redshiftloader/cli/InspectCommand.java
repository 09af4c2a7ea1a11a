package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Command;
import com.redshiftloader.cli.args.CommandSpec;
import com.redshiftloader.cli.args.Converters;
import com.redshiftloader.cli.args.Invocation;
import com.redshiftloader.cli.args.Option;
import com.redshiftloader.cli.args.ParsedArguments;
import com.redshiftloader.cli.args.Positional;
import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.schema.ColumnNames;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.DateFormats;
import com.redshiftloader.domain.schema.SchemaResolver;
import com.redshiftloader.domain.schema.TypeMapping;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.inference.ScanOutcome;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.source.BadBytes;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.EncodingEvidence;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.SourceWarning;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code inspect <file>}: the detected settings, the inferred columns and optionally the first rows. */
public final class InspectCommand implements Command {

    private static final Positional<Path> FILE = Positional.required("<file>", "The file to inspect.", Converters.PATH);
    private static final Option<String> FORMAT =
            Option.value("--format", "csv|tsv|json|jsonl", "The format, instead of detecting it.");
    private static final Option<String> DELIMITER =
            Option.value("--delimiter", "X", "The field delimiter (a character, or \\t / tab).");
    private static final Option<String> ENCODING =
            Option.value("--encoding", "E", "The encoding, e.g. UTF-8, windows-1252, UTF-16LE.");
    private static final Option<Boolean> NO_HEADER =
            Option.flag("--no-header", "The first line is data, not column names.");
    private static final Option<Integer> ROWS =
            Option.value("--rows", "N", "Also print the first N rows as parsed.", Converters.INTEGER);
    private static final Option<Boolean> JSON = Option.flag("--json", "Print one JSON object instead of text.");
    private static final Option<Map.Entry<String, String>> EPOCH = Option.keyValues(
            "--epoch",
            "COLUMN=epochsecs|epochmillisecs",
            "Read a column of whole numbers as epoch times (TIMESTAMP); repeatable.");

    private static final CommandSpec SPEC = CommandSpec.of(
                    "inspect",
                    "Reads a CSV, TSV, JSON or JSON Lines file (optionally gzip-compressed), detects how it is"
                            + " written and infers a Redshift type for every column from the whole file.")
            .withPositionals(FILE)
            .withOptions(
                    FORMAT,
                    DELIMITER,
                    ENCODING,
                    NO_HEADER,
                    ValueRuleOptions.NULL_AS,
                    ValueRuleOptions.TRIM,
                    ROWS,
                    JSON,
                    EPOCH,
                    DateFormatOption.OPTION)
            .withFooter("", "Exit codes: 0 success, 2 unreadable input or invalid options.");

    private final SourceInspector inspector;

    public InspectCommand(SourceInspector inspector) {
        this.inspector = inspector;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        ParsedArguments arguments = invocation.arguments();
        Path file = arguments.value(FILE).orElseThrow();
        int rows = arguments.value(ROWS).orElse(0);
        PrintWriter err = invocation.err();
        try {
            SourceSettings settings = settings(file, rows, arguments);
            // Bad UTF-8 bytes are counted, not fatal, so that inspect can say what a load would refuse.
            ScanOutcome.Completed scanned = (ScanOutcome.Completed) inspector.scan(
                    file, settings.withBadBytes(BadBytes.REPLACE), ScanListener.NONE, new CancellationToken());
            ScanOutcome.Completed scan = withDateFormats(
                    withEpochColumns(scanned, arguments.map(EPOCH)),
                    DateFormatOption.parse(arguments.map(DateFormatOption.OPTION)));
            List<SourceRecord> firstRows = rows > 0
                    ? inspector.preview(file, Optional.of(settings), rows).rows()
                    : List.of();
            List<String> names = ColumnNames.normalise(
                    scan.columns().stream().map(ColumnInference::source).toList(), true);
            InspectReport report = new InspectReport(
                    file, settings, encoding(file, settings, arguments, scanned), scan, names, firstRows);
            PrintWriter out = invocation.out();
            if (arguments.flag(JSON)) {
                report.printJson(out);
            } else {
                report.printText(out);
            }
            out.flush();
            for (SourceWarning warning : scan.warnings()) {
                err.println("warning: " + file + lineAndColumn(warning) + ": " + warning.message());
            }
            return 0;
        } catch (SourceFormatException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return RootCommand.INVALID_INPUT;
        }
    }

    private static ScanOutcome.Completed withEpochColumns(
            ScanOutcome.Completed scanned, Map<String, String> epochColumns) {
        Set<String> unknown = new HashSet<>(epochColumns.keySet());
        List<ColumnInference> columns = scanned.columns().stream()
                .map(column -> {
                    unknown.remove(column.source());
                    return epochColumns.containsKey(column.source())
                            ? column.asEpoch(epochColumns.get(column.source()))
                            : column;
                })
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--epoch names columns the file does not have: " + unknown);
        }
        return new ScanOutcome.Completed(
                columns, scanned.records(), scanned.warnings(), scanned.warningCount(), scanned.replacedBytes());
    }

    private static ScanOutcome.Completed withDateFormats(
            ScanOutcome.Completed scanned, Map<String, DateLayout> layouts) {
        List<ColumnSpec> named = SchemaResolver.resolve(scanned.columns(), TypeMapping.none(), Map.of(), true);
        return new ScanOutcome.Completed(
                DateFormats.apply(scanned.columns(), named, layouts),
                scanned.records(),
                scanned.warnings(),
                scanned.warningCount(),
                scanned.replacedBytes());
    }

    private static String lineAndColumn(SourceWarning warning) {
        return (warning.line() > 0 ? ", line " + warning.line() : "")
                + (warning.column() > 0 ? ", column " + warning.column() : "");
    }

    /** Why the file is read in its encoding, e.g. {@code UTF-8 except 1 bad byte, first at line 702, byte 41}. */
    private String encoding(Path file, SourceSettings settings, ParsedArguments arguments, ScanOutcome.Completed scan) {
        if (arguments.value(ENCODING).isPresent()) {
            return settings.encoding().name() + " (chosen with --encoding)";
        }
        Optional<Long> firstLine = scan.warnings().stream()
                .filter(warning -> warning.message().contains("U+FFFD"))
                .map(SourceWarning::line)
                .findFirst();
        EncodingEvidence evidence = inspector.encodingEvidence(file).afterWholeFile(scan.replacedBytes(), firstLine);
        return evidence.describe()
                + (evidence.utf8WithBadBytes()
                        ? "; a load refuses it unless --on-bad-bytes replace or --encoding windows-1252"
                        : "");
    }

    private SourceSettings settings(Path file, int rows, ParsedArguments arguments) {
        if (rows < 0) {
            throw new IllegalArgumentException("--rows must be zero or more, not " + rows + ".");
        }
        SourceSettings settings = inspector.detect(file);
        Optional<String> format = arguments.value(FORMAT);
        if (format.isPresent()) {
            settings = withFormat(settings, format.get());
        }
        Optional<String> delimiter = arguments.value(DELIMITER);
        if (delimiter.isPresent()) {
            settings = settings.withDialect(settings.dialect().withDelimiter(delimiterChar(delimiter.get())));
        }
        Optional<String> encoding = arguments.value(ENCODING);
        if (encoding.isPresent()) {
            settings = settings.withEncoding(charset(encoding.get()), settings.bom());
        }
        if (arguments.flag(NO_HEADER)) {
            settings = settings.withDialect(settings.dialect().withHeader(false));
        }
        return ValueRuleOptions.of(arguments).applyTo(settings);
    }

    private static SourceSettings withFormat(SourceSettings settings, String name) {
        SourceFormat chosen;
        try {
            chosen = SourceFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be csv, tsv, json or jsonl, not '" + name + "'.");
        }
        SourceSettings changed = settings.withFormat(chosen);
        if (chosen == SourceFormat.TSV) {
            return changed.withDialect(changed.dialect().withDelimiter('\t'));
        }
        if (chosen == SourceFormat.CSV && changed.dialect().delimiter() == '\t') {
            return changed.withDialect(changed.dialect().withDelimiter(','));
        }
        return changed;
    }

    static char delimiterChar(String text) {
        if (text.equals("\\t") || text.equalsIgnoreCase("tab") || text.equals("\t")) {
            return '\t';
        }
        if (text.length() != 1) {
            throw new IllegalArgumentException(
                    "--delimiter must be one character (or \\t for a tab), not '" + text + "'.");
        }
        return text.charAt(0);
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("--encoding '" + name
                    + "' is not an encoding this Java knows; use for example UTF-8, windows-1252, UTF-16LE.");
        }
    }
}
