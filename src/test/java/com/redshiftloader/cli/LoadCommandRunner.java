package com.redshiftloader.cli;

import com.redshiftloader.cli.args.CommandLineRunner;
import com.redshiftloader.domain.load.Loader;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.JdbcLoader;
import com.redshiftloader.infra.load.MergeStrategy;
import com.redshiftloader.infra.load.s3copy.S3CopySettings;
import com.redshiftloader.infra.load.s3copy.S3CopyStageFiller;
import com.redshiftloader.infra.store.JobFiles;
import com.redshiftloader.infra.store.ProfileStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The command line with the load command wired to the real reader and loader (connecting ahead, as the application
 * does); each run's output is kept.
 */
final class LoadCommandRunner {

    private static final Function<String, Optional<String>> NO_ENVIRONMENT = name -> Optional.empty();

    private final Path profiles;
    private final RunHistory history;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** @param profiles the directory saved profiles are read from */
    LoadCommandRunner(Path profiles, RunHistory history) {
        this.profiles = profiles;
        this.history = history;
    }

    /** Runs the command line; returns the exit code. */
    int run(String... args) {
        JdbcConnector connector = new JdbcConnector(new RedshiftCredentialsProvider(NO_ENVIRONMENT), NO_ENVIRONMENT);
        // as AppServices wires it: profiles with s3_creds stage parts in S3 and COPY them
        JdbcLoader loader = new JdbcLoader(
                connector,
                plan -> plan.profile().s3Staging().isPresent()
                        ? Optional.of(new S3CopyStageFiller(S3CopySettings.defaults(), NO_ENVIRONMENT))
                        : Optional.empty(),
                MergeStrategy.MERGE);
        ProfileStoreFactory stores = dir -> new ProfileStore(profiles, new ProfileBinder(type -> Optional.empty()));
        LoaderFactory loaders = new LoaderFactory() {
            @Override
            public Loader create(Map<String, TemporalPattern> temporalPatterns) {
                return loader.withTemporalPatterns(temporalPatterns);
            }

            @Override
            public void connectAhead(ConnectionProfile profile) {
                connector.openAhead(profile);
            }
        };
        CommandLineRunner commandLine = RootCommand.commandLine(
                "1.2.3", new LoadCommand(stores, new FileSourceInspector(), loaders, new JobFiles(), history));
        out = new StringWriter();
        err = new StringWriter();
        return commandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Standard output of the last run. */
    String out() {
        return out.toString();
    }

    /** Standard error of the last run. */
    String err() {
        return err.toString();
    }
}
