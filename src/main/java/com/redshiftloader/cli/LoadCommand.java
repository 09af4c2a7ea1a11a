package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Command;
import com.redshiftloader.cli.args.CommandSpec;
import com.redshiftloader.cli.args.Invocation;
import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.domain.load.JobFileException;
import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadJobReader;
import com.redshiftloader.domain.load.LoadListener;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadPlanner;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileFileException;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.DateFormats;
import com.redshiftloader.domain.schema.SchemaResolver;
import com.redshiftloader.domain.schema.TypeMapping;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.time.MonotonicClock;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** {@code load --profile NAME|FILE FILE}: scans the file for types, then loads it all or nothing. */
public final class LoadCommand implements Command {

    public static final int LOADED = 0;
    public static final int FAILED = 1;

    private static final int SHUTDOWN_WAIT_SECONDS = 30;

    private final ProfileStoreFactory stores;
    private final SourceInspector inspector;
    private final LoaderFactory loaders;
    private final LoadJobReader jobs;
    private final RunHistory history;

    /**
     * @param jobs reads the job given with {@code --job}
     * @param history where each load's outcome is kept (the same history the GUI's Load step shows) */
    public LoadCommand(
            ProfileStoreFactory stores,
            SourceInspector inspector,
            LoaderFactory loaders,
            LoadJobReader jobs,
            RunHistory history) {
        this.stores = stores;
        this.inspector = inspector;
        this.loaders = loaders;
        this.jobs = jobs;
        this.history = history;
    }

    @Override
    public CommandSpec spec() {
        return LoadOptions.SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        // Logging starts on a thread of its own now (about 0.2 s), not on the first line logged, which is the
        // connection's: the connection then opens as soon as the profile is read.
        Thread.ofPlatform().daemon().name("logging-start").start(LoggerFactory::getILoggerFactory);
        PrintWriter err = invocation.err();
        Prepared prepared;
        try {
            prepared = prepare(LoadOptions.of(invocation.arguments()), err);
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return RootCommand.INVALID_INPUT;
        }
        return run(prepared, invocation.out(), err);
    }

    private int run(Prepared prepared, PrintWriter out, PrintWriter err) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = cancelOnShutdown(Thread.currentThread(), finished);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            LoadListener printer = new LoadProgressPrinter(err, terminal, MonotonicClock.INSTANCE);
            LoadListener listener = printer;
            if (prepared.plan().dryRun()) {
                DryRunTranscript transcript = new DryRunTranscript(out);
                listener = event -> {
                    printer.on(event);
                    transcript.on(event);
                };
            }
            LoadReport report = load(prepared, listener);
            String summary = report.summary();
            out.println(summary);
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

    private LoadReport load(Prepared prepared, LoadListener listener) throws LoadException, InterruptedException {
        return loaders.create(prepared.patterns()).load(prepared.plan(), listener);
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

    private record Prepared(LoadPlan plan, Map<String, TemporalPattern> patterns) {}

    private Prepared prepare(LoadOptions options, PrintWriter err) throws InvalidInputException {
        LoadJob job = job(options.jobFile());
        Optional<String> profile = options.profile().or(() -> options.jobFile().map(given -> job.profile()));
        Optional<Path> given = options.file().or(() -> options.jobFile().map(jobFile -> job.file()));
        if (profile.isEmpty() || given.isEmpty()) {
            throw new InvalidInputException("Give --profile and the file to load, or --job with a saved job.");
        }
        Path file = given.get();
        // The file is detected and scanned while the profile is read and the connection opens.
        ColumnTyping typing = ColumnTyping.readAhead(
                inspector, file, detected -> options.applyTo(job.source().applyTo(detected)));
        try {
            return prepare(options, job, profile.get(), file, typing, err);
        } finally {
            typing.cancel(); // a no-op once the scan ended; stops it when the command fails before
        }
    }

    private Prepared prepare(
            LoadOptions options, LoadJob job, String profileName, Path file, ColumnTyping typing, PrintWriter err)
            throws InvalidInputException {
        ConnectionProfile loaded = profile(options.profilesDirectory(), profileName);
        loaders.connectAhead(loaded);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("The file " + file + " does not exist or is not a file.");
        }
        try {
            SourceSettings settings = typing.settings();
            TypeMapping mapping = TypeMapping.parse(loaded.typeMapping());
            Map<String, RedshiftType> overrides = overrides(job, options.types());
            Map<String, DateLayout> layouts = dateFormats(job, options.dateFormats());
            ColumnTyping.Resolver resolver = given -> {
                List<ColumnSpec> named =
                        job.applyTo(SchemaResolver.resolve(given, mapping, overrides, loaded.lowerCase()));
                List<ColumnInference> inferred = DateFormats.apply(given, named, layouts);
                List<ColumnSpec> columns =
                        job.applyTo(SchemaResolver.resolve(inferred, mapping, overrides, loaded.lowerCase()));
                Map<String, TemporalPattern> patterns = new HashMap<>();
                for (ColumnSpec column : columns) {
                    inferred.get(column.position()).temporalPattern().ifPresent(p -> patterns.put(column.name(), p));
                }
                return new ColumnTyping.Typed(columns, patterns);
            };
            err.println("Scanning " + file.getFileName() + " for column types…");
            ColumnTyping.Typed typed = typing.fromWholeFile(resolver, err);
            LoadChoices choices = options.choices().over(job.choices());
            return new Prepared(LoadPlanner.plan(loaded, file, settings, typed.columns(), choices), typed.patterns());
        } catch (SourceFormatException | IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** The job given with --job; without one, an empty job that changes nothing. */
    private LoadJob job(Optional<Path> jobFile) throws InvalidInputException {
        if (jobFile.isEmpty()) {
            return JobArgument.NONE;
        }
        try {
            return jobs.read(jobFile.get());
        } catch (JobFileException e) {
            throw new InvalidInputException(
                    "The job " + jobFile.get() + " cannot be used:\n  " + String.join("\n  ", e.problems()));
        }
    }

    private ConnectionProfile profile(Optional<Path> profilesDirectory, String profile) throws InvalidInputException {
        try {
            return ProfileArgument.load(stores.open(profilesDirectory), profile);
        } catch (ProfileFileException e) {
            throw new InvalidInputException("The profile " + profile + " cannot be used:\n  "
                    + String.join(
                            "\n  ", e.problems().stream().map(Object::toString).toList()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private static Map<String, RedshiftType> overrides(LoadJob job, Map<String, String> types) {
        Map<String, RedshiftType> parsed = new LinkedHashMap<>(job.typeOverrides());
        types.forEach((column, type) -> parsed.put(column, RedshiftTypeParser.parse(type)));
        return parsed;
    }

    /** The job's date layouts, then those given with --date-format over them. */
    private static Map<String, DateLayout> dateFormats(LoadJob job, Map<String, String> given) {
        Map<String, DateLayout> layouts = new LinkedHashMap<>(job.dateFormats());
        layouts.putAll(DateFormatOption.parse(given));
        return layouts;
    }

    /** Input the command cannot run with: exit code 2. */
    private static final class InvalidInputException extends Exception {
        InvalidInputException(String message) {
            super(message);
        }
    }
}
