package com.redshiftloader.cli;

import com.redshiftloader.domain.schema.ColumnInference;
import com.redshiftloader.domain.schema.ColumnNames;
import com.redshiftloader.domain.source.CancellationToken;
import com.redshiftloader.domain.source.ScanListener;
import com.redshiftloader.domain.source.ScanOutcome;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceInspector;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.SourceWarning;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inspect <file>}: the detected settings, the inferred columns and optionally the first rows. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Reads a CSV, TSV, JSON or JSON Lines file (optionally gzip-compressed), detects how it is"
                + " written and infers a Redshift type for every column from the whole file.",
        footer = {"", "Exit codes: 0 success, 2 unreadable input or invalid options."})
public final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file>", description = "The file to inspect.")
    private Path file;

    @Option(names = "--format", paramLabel = "csv|tsv|json|jsonl", description = "The format, instead of detecting it.")
    private String format;

    @Option(names = "--delimiter", paramLabel = "X", description = "The field delimiter (a character, or \\t / tab).")
    private String delimiter;

    @Option(names = "--encoding", paramLabel = "E", description = "The encoding, e.g. UTF-8, windows-1252, UTF-16LE.")
    private String encoding;

    @Option(names = "--no-header", description = "The first line is data, not column names.")
    private boolean noHeader;

    @Option(names = "--rows", paramLabel = "N", description = "Also print the first N rows as parsed.")
    private int rows;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(
            names = "--epoch",
            paramLabel = "COLUMN=epochsecs|epochmillisecs",
            description = "Read a column of whole numbers as epoch times (TIMESTAMP); repeatable.")
    private java.util.Map<String, String> epochColumns = new java.util.LinkedHashMap<>();

    @Spec
    private CommandSpec spec;

    private final SourceInspector inspector;

    public InspectCommand(SourceInspector inspector) {
        this.inspector = inspector;
    }

    private ScanOutcome.Completed withEpochColumns(ScanOutcome.Completed scanned) {
        java.util.Set<String> unknown = new java.util.HashSet<>(epochColumns.keySet());
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
        return new ScanOutcome.Completed(columns, scanned.records(), scanned.warnings(), scanned.warningCount());
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SourceSettings settings = settings();
            ScanOutcome.Completed scanned =
                    (ScanOutcome.Completed) inspector.scan(file, settings, ScanListener.NONE, new CancellationToken());
            ScanOutcome.Completed scan = withEpochColumns(scanned);
            List<SourceRecord> firstRows = rows > 0
                    ? inspector.preview(file, Optional.of(settings), rows).rows()
                    : List.of();
            List<String> names = ColumnNames.normalise(
                    scan.columns().stream().map(ColumnInference::source).toList(), true);
            InspectReport report = new InspectReport(file, settings, scan, names, firstRows);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
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

    private static String lineAndColumn(SourceWarning warning) {
        return (warning.line() > 0 ? ", line " + warning.line() : "")
                + (warning.column() > 0 ? ", column " + warning.column() : "");
    }

    private SourceSettings settings() {
        if (rows < 0) {
            throw new IllegalArgumentException("--rows must be zero or more, not " + rows + ".");
        }
        SourceSettings settings = inspector.detect(file);
        if (format != null) {
            settings = withFormat(settings, format);
        }
        if (delimiter != null) {
            settings = settings.withDialect(settings.dialect().withDelimiter(delimiterChar(delimiter)));
        }
        if (encoding != null) {
            settings = settings.withEncoding(charset(encoding), settings.bom());
        }
        if (noHeader) {
            settings = settings.withDialect(settings.dialect().withHeader(false));
        }
        return settings;
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

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("--encoding '" + name
                    + "' is not an encoding this Java knows; use for example UTF-8, windows-1252, UTF-16LE.");
        }
    }
}
