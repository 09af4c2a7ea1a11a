package com.redshiftloader.app;

import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.Loader;
import com.redshiftloader.domain.load.LoaderFactory;
import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.domain.load.TableRows;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.Engine;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.schema.types.TemporalPattern;
import com.redshiftloader.domain.target.TargetCatalog;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.connection.StepwiseConnectionTester;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.jdbc.JdbcTableRows;
import com.redshiftloader.infra.load.JdbcLoader;
import com.redshiftloader.infra.load.MergeStrategy;
import com.redshiftloader.infra.load.s3copy.S3CopySettings;
import com.redshiftloader.infra.load.s3copy.S3CopyStageFiller;
import com.redshiftloader.infra.load.stage.StageFiller;
import com.redshiftloader.infra.load.target.JdbcTargetCatalog;
import com.redshiftloader.infra.sandbox.LocalSandbox;
import com.redshiftloader.infra.store.AppDirectories;
import com.redshiftloader.infra.store.ProfileStore;
import com.redshiftloader.infra.store.RunHistoryFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The adapters both the GUI and the command line are built from, wired once. The connector, tester and loader are
 * built on first use: a command that connects nowhere ({@code --version}, {@code inspect}) then loads neither them
 * nor the AWS SDK.
 */
final class AppServices {

    private final AppDirectories directories;
    private final ProfileBinder binder = ProfileBinder.withRedshiftTypes();
    private final Supplier<RedshiftCredentialsProvider> iamCredentials;
    private final Supplier<JdbcConnector> connector;
    private final Supplier<ConnectionTester> tester;
    private final Supplier<JdbcLoader> loader;

    AppServices(AppDirectories directories, Function<String, Optional<String>> environment) {
        this.directories = directories;
        this.iamCredentials = OnFirstUse.once(() -> new RedshiftCredentialsProvider(environment));
        this.connector = OnFirstUse.once(() -> new JdbcConnector(iamCredentials.get(), environment));
        this.tester =
                OnFirstUse.once(() -> new StepwiseConnectionTester(connector.get(), iamCredentials.get(), environment));
        this.loader = OnFirstUse.once(
                () -> new JdbcLoader(connector.get(), plan -> s3CopyFiller(plan, environment), MergeStrategy.MERGE));
    }

    /** S3 staging + COPY for Redshift profiles with {@code s3_creds}; PostgreSQL targets load by COPY FROM STDIN. */
    private static Optional<StageFiller> s3CopyFiller(LoadPlan plan, Function<String, Optional<String>> environment) {
        boolean staging = plan.profile().engine() == Engine.REDSHIFT
                && plan.profile().s3Staging().isPresent();
        return staging ? Optional.of(new S3CopyStageFiller(S3CopySettings.defaults(), environment)) : Optional.empty();
    }

    /** The services for this user, reading secrets' environment variables from the process environment. */
    static AppServices forCurrentUser() {
        return new AppServices(AppDirectories.forCurrentUser(), name -> Optional.ofNullable(System.getenv(name)));
    }

    ProfileBinder binder() {
        return binder;
    }

    /** The profile store in the given directory, or the default one. */
    ProfileStore profileStore(Optional<Path> directory) {
        return new ProfileStore(directories.profiles(directory), binder);
    }

    ConnectionTester tester() {
        return tester.get();
    }

    /** Loaders, each for the given date/timestamp layouts per column, connecting ahead through the one connector. */
    LoaderFactory loaders() {
        return new LoaderFactory() {
            @Override
            public Loader create(Map<String, TemporalPattern> temporalPatterns) {
                return loader(temporalPatterns);
            }

            @Override
            public void connectAhead(ConnectionProfile profile) {
                connector.get().openAhead(profile);
            }
        };
    }

    /** The loader for the given date/timestamp layouts per column. */
    Loader loader(Map<String, TemporalPattern> temporalPatterns) {
        return loader.get().withTemporalPatterns(temporalPatterns);
    }

    /** Reads back a loaded table's first rows through the one connector. */
    TableRows tableRows() {
        return new JdbcTableRows(connector.get());
    }

    /** The destination's tables and columns, read through the one connector, for the Target step. */
    TargetCatalog targets() {
        return new JdbcTargetCatalog(connector);
    }

    /** The history of loads, in the user's data directory. */
    RunHistory runHistory() {
        return new RunHistoryFile(directories.data().resolve("history.log"));
    }

    /** The local sandbox in the user's data directory (not started). */
    LocalSandbox sandbox() {
        return new LocalSandbox(directories.data().resolve("sandbox"));
    }
}
