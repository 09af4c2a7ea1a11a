package com.redshiftloader.cli;

import com.redshiftloader.cli.args.CommandSpec;
import com.redshiftloader.cli.args.Converters;
import com.redshiftloader.cli.args.Option;
import com.redshiftloader.cli.args.ParsedArguments;
import com.redshiftloader.cli.args.Positional;
import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.source.BadBytes;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableOptions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code load} accepts ({@link #SPEC}) and what one run was given. Each value is empty when not given: the
 * command then takes it from the job, the profile or the file.
 */
record LoadOptions(
        Optional<Path> jobFile,
        Optional<String> profile,
        Optional<Path> file,
        Optional<String> table,
        Optional<String> schema,
        Optional<String> mode,
        List<String> keys,
        Map<String, String> types,
        Map<String, String> dateFormats,
        Optional<String> distKey,
        List<String> sortKeys,
        boolean insert,
        boolean copy,
        boolean dryRun,
        Optional<Integer> maxErrors,
        Optional<Path> rejects,
        boolean fillMissing,
        boolean multilineValues,
        Optional<String> encoding,
        Optional<String> badBytes,
        ValueRuleOptions valueRules,
        Optional<Path> profilesDirectory) {

    private static final Option<Path> JOB = Option.value(
            "--job", "JOB.yaml", "A saved load job; the options given here override the job's.", Converters.PATH);
    private static final Option<String> PROFILE =
            Option.value("--profile", "NAME|FILE", "A saved profile or a YAML file (required without --job).");
    private static final Positional<Path> FILE =
            Positional.optional("FILE", "The file to load (or the job's).", Converters.PATH);
    private static final Option<String> TABLE =
            Option.value("--table", "<table>", "The table (default: the profile's table, else the file's name).");
    private static final Option<String> SCHEMA =
            Option.value("--schema", "<schema>", "The schema (default: the profile's).");
    private static final Option<String> MODE =
            Option.value("--mode", "MODE", "append, truncate, replace, merge or fail_if_exists.");
    private static final Option<String> KEY = Option.commaSeparated("--key", "COLUMN", "Merge key columns.");
    private static final Option<Map.Entry<String, String>> TYPE =
            Option.keyValues("--type", "COLUMN=TYPE", "Override a column's type, e.g. zip=VARCHAR(5).");
    private static final Option<String> DISTKEY =
            Option.value("--distkey", "COLUMN", "DISTKEY of the table, when the load creates it (Redshift).");
    private static final Option<String> SORTKEY = Option.commaSeparated(
            "--sortkey", "COLUMN", "SORTKEY columns of the table, when the load creates it (Redshift).");
    private static final Option<Boolean> INSERT =
            Option.flag("--insert", "Load by multi-row INSERT (COPY FROM STDIN on PostgreSQL).");
    private static final Option<Boolean> COPY = Option.flag("--copy", "Load through S3 staging and COPY.");
    private static final Option<Boolean> DRY_RUN =
            Option.flag("--dry-run", "Run everything, then roll back: nothing changes.");
    private static final Option<Integer> MAX_ERRORS =
            Option.value("--max-errors", "N", "Rows that may be rejected (default 0).", Converters.INTEGER);
    private static final Option<Path> REJECTS =
            Option.value("--rejects", "FILE", "Where rejected rows go (default FILE.rejects.csv).", Converters.PATH);

    private static final Option<Boolean> FILL_MISSING = Option.flag(
            "--fill-missing",
            "Load a row with fewer fields than columns with NULL for the missing ones (else it is a bad row).");
    private static final Option<Boolean> MULTILINE_VALUES = Option.flag(
            "--multiline-values",
            "Quoted values may span lines that look like records (else taken for a stray quote and refused).");
    private static final Option<String> ENCODING = Option.value(
            "--encoding", "E", "Read the file in this encoding, e.g. windows-1252, instead of the detected one.");
    private static final Option<String> ON_BAD_BYTES = Option.value(
            "--on-bad-bytes",
            "refuse|replace",
            "Bytes that are not UTF-8 in a UTF-8 file: refuse the file (default) or read each as U+FFFD, counted.");

    static final CommandSpec SPEC = CommandSpec.of(
                    "load",
                    "Loads a CSV, TSV, JSON or JSON Lines file into a table, all or nothing.",
                    "With --job, runs a saved load job (from the window's 'Save as job…').")
            .withPositionals(FILE)
            .withOptions(
                    JOB,
                    PROFILE,
                    TABLE,
                    SCHEMA,
                    MODE,
                    KEY,
                    TYPE,
                    DateFormatOption.OPTION,
                    DISTKEY,
                    SORTKEY,
                    INSERT,
                    COPY,
                    DRY_RUN,
                    MAX_ERRORS,
                    REJECTS,
                    FILL_MISSING,
                    MULTILINE_VALUES,
                    ENCODING,
                    ON_BAD_BYTES,
                    ValueRuleOptions.NULL_AS,
                    ValueRuleOptions.TRIM,
                    ProfileArgument.PROFILES_DIRECTORY)
            .withFooter("", "Exit codes: 0 loaded, 1 the load failed (nothing changed), 2 invalid input or profile.");

    LoadOptions {
        keys = List.copyOf(keys);
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        dateFormats = Collections.unmodifiableMap(new LinkedHashMap<>(dateFormats));
        sortKeys = List.copyOf(sortKeys);
    }

    /**
     * The source settings with the reading rules given here switched on (a job's stay as they are); {@code --null-as}
     * replaces the job's NULL values.
     */
    SourceSettings applyTo(SourceSettings settings) {
        SourceSettings applied = fillMissing ? settings.withFillMissing(true) : settings;
        applied = multilineValues ? applied.withMultilineValues(true) : applied;
        if (encoding.isPresent()) {
            applied = applied.withEncoding(InspectCommand.charset(encoding.get()), applied.bom());
        }
        applied = badBytes.isPresent() ? applied.withBadBytes(BadBytes.of(badBytes.get())) : applied;
        return valueRules.applyTo(applied);
    }

    /**
     * The load choices given here, each absent when not given (they override a job's).
     *
     * @throws IllegalArgumentException for an unknown --mode, or --insert with --copy
     */
    LoadChoices choices() {
        return new LoadChoices(
                schema,
                table,
                mode.map(LoadOptions::mode),
                keys,
                path(),
                maxErrors,
                rejects,
                dryRun,
                new TableOptions(distKey, sortKeys));
    }

    private static LoadMode mode(String given) {
        try {
            return LoadMode.valueOf(given.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--mode " + given + " is unknown; use append, truncate, replace, merge or fail_if_exists.");
        }
    }

    private Optional<LoadPath> path() {
        if (insert && copy) {
            throw new IllegalArgumentException("Choose --insert or --copy, not both.");
        }
        return insert ? Optional.of(LoadPath.INSERT) : copy ? Optional.of(LoadPath.COPY) : Optional.empty();
    }

    static LoadOptions of(ParsedArguments arguments) {
        return new LoadOptions(
                arguments.value(JOB),
                arguments.value(PROFILE),
                arguments.value(FILE),
                arguments.value(TABLE),
                arguments.value(SCHEMA),
                arguments.value(MODE),
                arguments.values(KEY),
                arguments.map(TYPE),
                arguments.map(DateFormatOption.OPTION),
                arguments.value(DISTKEY),
                arguments.values(SORTKEY),
                arguments.flag(INSERT),
                arguments.flag(COPY),
                arguments.flag(DRY_RUN),
                arguments.value(MAX_ERRORS),
                arguments.value(REJECTS),
                arguments.flag(FILL_MISSING),
                arguments.flag(MULTILINE_VALUES),
                arguments.value(ENCODING),
                arguments.value(ON_BAD_BYTES),
                ValueRuleOptions.of(arguments),
                arguments.value(ProfileArgument.PROFILES_DIRECTORY));
    }
}
