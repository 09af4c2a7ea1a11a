package com.redshiftloader.cli;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.load.TypeConfirmation;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.Engine;
import com.redshiftloader.domain.schema.ColumnNames;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.RedshiftType;
import com.redshiftloader.domain.schema.RedshiftTypeParser;
import com.redshiftloader.domain.schema.SchemaResolver;
import com.redshiftloader.domain.schema.TemporalPattern;
import com.redshiftloader.domain.schema.TypeMapping;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceInspector;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.infra.store.JobFileException;
import com.redshiftloader.infra.store.JobFiles;
import com.redshiftloader.infra.store.ProfileFileException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load --profile NAME|FILE FILE}: scans the file for types, then loads it all or nothing. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Loads a CSV, TSV, JSON or JSON Lines file into a table, all or nothing.",
            "With --job, runs a saved load job (from the window's 'Save as job…')."
        },
        footer = {"", "Exit codes: 0 loaded, 1 the load failed (nothing changed), 2 invalid input or profile."})
public final class LoadCommand implements Callable<Integer> {

    public static final int LOADED = 0;
    public static final int FAILED = 1;

    private static final int SHUTDOWN_WAIT_SECONDS = 30;

    private final ProfileStoreFactory stores;
    private final SourceInspector inspector;
    private final LoaderFactory loaders;
    private final JobFiles jobs;
    private final RunHistory history;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--job",
            paramLabel = "JOB.yaml",
            description = "A saved load job; the options given here override the job's.")
    private Path jobFile;

    @Option(
            names = "--profile",
            paramLabel = "NAME|FILE",
            description = "A saved profile or a YAML file (required without --job).")
    private String profile;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The file to load (or the job's).")
    private Path file;

    @Option(names = "--table", description = "The table (default: the profile's table, else the file's name).")
    private String table;

    @Option(names = "--schema", description = "The schema (default: the profile's).")
    private String schema;

    @Option(names = "--mode", paramLabel = "MODE", description = "append, truncate, replace, merge or fail_if_exists.")
    private String mode;

    @Option(names = "--key", split = ",", paramLabel = "COLUMN", description = "Merge key columns.")
    private List<String> keys = new ArrayList<>();

    @Option(
            names = "--type",
            paramLabel = "COLUMN=TYPE",
            description = "Override a column's type, e.g. zip=VARCHAR(5).")
    private Map<String, String> types = new LinkedHashMap<>();

    @Option(
            names = "--distkey",
            paramLabel = "COLUMN",
            description = "DISTKEY of the table, when the load creates it (Redshift).")
    private String distKey;

    @Option(
            names = "--sortkey",
            split = ",",
            paramLabel = "COLUMN",
            description = "SORTKEY columns of the table, when the load creates it (Redshift).")
    private List<String> sortKeys = new ArrayList<>();

    @Option(names = "--insert", description = "Load by multi-row INSERT (COPY FROM STDIN on PostgreSQL).")
    private boolean insert;

    @Option(names = "--copy", description = "Load through S3 staging and COPY.")
    private boolean copy;

    @Option(names = "--dry-run", description = "Run everything, then roll back: nothing changes.")
    private boolean dryRun;

    @Option(names = "--max-errors", paramLabel = "N", description = "Rows that may be rejected (default 0).")
    private Integer maxErrors;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Where rejected rows go (default FILE.rejects.csv).")
    private Path rejects;

    @Option(names = "--profiles-dir", paramLabel = "DIR", description = "Where saved profiles are kept.")
    private Path profilesDirectory;

    public LoadCommand(ProfileStoreFactory stores, SourceInspector inspector, LoaderFactory loaders) {
        this(stores, inspector, loaders, new JobFiles(), RunHistory.NONE);
    }

    /** @param history where each load's outcome is kept (the same history the GUI's Load step shows) */
    public LoadCommand(
            ProfileStoreFactory stores,
            SourceInspector inspector,
            LoaderFactory loaders,
            JobFiles jobs,
            RunHistory history) {
        this.stores = stores;
        this.inspector = inspector;
        this.loaders = loaders;
        this.jobs = jobs;
        this.history = history;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Prepared prepared;
        try {
            prepared = prepare(err);
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return RootCommand.INVALID_INPUT;
        }
        return run(prepared, err);
    }

    private int run(Prepared prepared, PrintWriter err) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = cancelOnShutdown(Thread.currentThread(), finished);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            LoadListener printer = new LoadProgressPrinter(err, terminal);
            LoadListener listener = printer;
            if (prepared.plan().dryRun()) {
                DryRunTranscript transcript =
                        new DryRunTranscript(spec.commandLine().getOut());
                listener = event -> {
                    printer.on(event);
                    transcript.on(event);
                };
            }
            LoadReport report = load(prepared, listener, err);
            String summary = LoadSummary.of(report);
            spec.commandLine().getOut().println(summary);
            history.recordNow(summary + " (command line)");
            return LOADED;
        } catch (LoadException e) {
            history.recordNow("failed: " + e.getMessage() + " (command line, "
                    + prepared.plan().file() + ")");
            err.println(e.getMessage());
            if (!e.fix().isEmpty()) {
                err.println("  → " + e.fix());
            }
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("The load was cancelled; nothing was changed.");
            history.recordNow("cancelled; everything was rolled back (command line, "
                    + prepared.plan().file() + ")");
            return FAILED;
        } finally {
            finished.countDown();
            removeQuietly(hook);
        }
    }

    /** Loads; when the full scan disagreed with the sample's types, loads again with the whole file's. */
    private LoadReport load(Prepared prepared, LoadListener listener, PrintWriter err)
            throws LoadException, InterruptedException {
        try {
            return loaders.create(prepared.patterns()).load(prepared.plan(), prepared.confirmation(), listener);
        } catch (TypeConfirmation.TypesChanged e) {
            err.println("The whole file needs other column types than the " + ColumnTyping.SAMPLE_ROWS
                    + " rows sampled ("
                    + ColumnTyping.changes(
                            prepared.plan().columns(), e.retyped().columns())
                    + "); nothing was loaded with those. Loading again…");
            return loaders.create(e.retyped().patterns())
                    .load(prepared.plan().withColumns(e.retyped().columns()), listener);
        }
    }

    /** Ctrl-C interrupts the load, which rolls back; the JVM waits (a little) for the rollback before it exits. */
    private static Thread cancelOnShutdown(Thread loading, CountDownLatch finished) {
        return new Thread(() -> {
            loading.interrupt();
            try {
                finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook has run or is running
        }
    }

    private record Prepared(LoadPlan plan, Map<String, TemporalPattern> patterns, TypeConfirmation confirmation) {}

    private Prepared prepare(PrintWriter err) throws InvalidInputException {
        LoadJob job = job();
        if (jobFile != null) {
            profile = Optional.ofNullable(profile).orElse(job.profile());
            file = Optional.ofNullable(file).orElse(job.file());
        }
        if (profile == null || file == null) {
            throw new InvalidInputException("Give --profile and the file to load, or --job with a saved job.");
        }
        // The file is detected and sampled while the profile is read and the connection opens.
        ColumnTyping typing =
                ColumnTyping.readAhead(inspector, file, detected -> job.source().applyTo(detected));
        ConnectionProfile loaded = profile();
        loaders.connectAhead(loaded);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("The file " + file + " does not exist or is not a file.");
        }
        try {
            SourceSettings settings = typing.settings();
            TypeMapping mapping = TypeMapping.parse(loaded.typeMapping());
            Map<String, RedshiftType> overrides = overrides(job);
            ColumnTyping.Resolver resolver = inferred -> {
                List<ColumnSpec> columns =
                        job.applyTo(SchemaResolver.resolve(inferred, mapping, overrides, loaded.lowerCase()));
                Map<String, TemporalPattern> patterns = new HashMap<>();
                for (ColumnSpec column : columns) {
                    inferred.get(column.position()).temporalPattern().ifPresent(p -> patterns.put(column.name(), p));
                }
                return new TypeConfirmation.Retyped(columns, patterns);
            };
            ColumnTyping.Typed typed;
            if (!dryRun && (loaded.engine() == Engine.POSTGRES || insertsOnly(loaded, job))) {
                // The load checks the types while it runs (see TypeConfirmation): the full scan runs alongside it, and
                // a wrong sample stops an INSERT load at the next batch once the scan has shown it.
                err.println("Scanning " + file.getFileName() + " for column types, alongside the load…");
                typed = typing.fromSample(resolver);
            } else {
                err.println("Scanning " + file.getFileName() + " for column types…");
                typed = typing.fromWholeFile(resolver);
            }
            List<ColumnSpec> columns = typed.columns().columns();
            LoadPlan plan = new LoadPlan(
                    loaded,
                    file,
                    settings,
                    columns,
                    target(loaded, job),
                    mode(loaded, job),
                    !keys.isEmpty() ? keys : !job.mergeKeys().isEmpty() ? job.mergeKeys() : loaded.uniqueConstraints(),
                    path(job),
                    Optional.ofNullable(maxErrors).or(job::maxErrors).orElse(0),
                    Optional.ofNullable(rejects),
                    dryRun,
                    new TableOptions(Optional.ofNullable(distKey), sortKeys));
            return new Prepared(plan, typed.columns().patterns(), typed.confirmation());
        } catch (SourceFormatException | IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** The job given with --job; without one, an empty job that changes nothing. */
    private LoadJob job() throws InvalidInputException {
        if (jobFile == null) {
            return JobArgument.NONE;
        }
        try {
            return jobs.read(jobFile);
        } catch (JobFileException e) {
            throw new InvalidInputException(
                    "The job " + jobFile + " cannot be used:\n  " + String.join("\n  ", e.problems()));
        }
    }

    private ConnectionProfile profile() throws InvalidInputException {
        try {
            return ProfileArgument.load(stores.open(Optional.ofNullable(profilesDirectory)), profile);
        } catch (ProfileFileException e) {
            throw new InvalidInputException("The profile " + profile + " cannot be used:\n  "
                    + String.join(
                            "\n  ", e.problems().stream().map(Object::toString).toList()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private Map<String, RedshiftType> overrides(LoadJob job) {
        Map<String, RedshiftType> parsed = new LinkedHashMap<>(job.typeOverrides());
        types.forEach((column, type) -> parsed.put(column, RedshiftTypeParser.parse(type)));
        return parsed;
    }

    private TableName target(ConnectionProfile loaded, LoadJob job) {
        String name = Optional.ofNullable(table)
                .or(job::table)
                .or(loaded::table)
                .orElseGet(() -> {
                    String fileName = file.getFileName().toString();
                    int dot = fileName.indexOf('.');
                    return ColumnNames.single(dot > 0 ? fileName.substring(0, dot) : fileName, loaded.lowerCase(), 1);
                });
        return new TableName(Optional.ofNullable(schema).or(job::schema).orElse(loaded.schema()), name);
    }

    private LoadMode mode(ConnectionProfile loaded, LoadJob job) {
        if (mode == null) {
            return job.mode().orElse(loaded.useMergeLoad() ? LoadMode.MERGE : LoadMode.APPEND);
        }
        try {
            return LoadMode.valueOf(mode.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--mode " + mode + " is unknown; use append, truncate, replace, merge or fail_if_exists.");
        }
    }

    /** Whether the load goes by INSERT for certain: asked for, or no S3 staging to COPY through. */
    private boolean insertsOnly(ConnectionProfile loaded, LoadJob job) {
        LoadPath path = path(job);
        return path == LoadPath.INSERT || (path == LoadPath.AUTO && !loaded.useS3Copy());
    }

    private LoadPath path(LoadJob job) {
        if (insert && copy) {
            throw new IllegalArgumentException("Choose --insert or --copy, not both.");
        }
        return insert ? LoadPath.INSERT : copy ? LoadPath.COPY : job.path().orElse(LoadPath.AUTO);
    }

    /** Input the command cannot run with: exit code 2. */
    private static final class InvalidInputException extends Exception {
        InvalidInputException(String message) {
            super(message);
        }
    }
}
