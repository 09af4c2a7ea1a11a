package com.redshiftloader.app;

import com.redshiftloader.cli.ProfileStoreFactory;
import com.redshiftloader.cli.ProfilesCommand;
import com.redshiftloader.cli.RootCommand;
import com.redshiftloader.cli.TestCommand;
import com.redshiftloader.domain.connection.ConnectionTester;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.connection.StepwiseConnectionTester;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.store.AppDirectories;
import com.redshiftloader.infra.store.ProfileStore;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/** The command line's composition root: builds the adapters and hands them to the commands. */
final class CliComposition {

    private CliComposition() {}

    /** The command line with every subcommand, reading secrets' environment variables from {@code environment}. */
    static CommandLine commandLine(String version, Function<String, Optional<String>> environment) {
        RedshiftCredentialsProvider iamCredentials = new RedshiftCredentialsProvider(environment);
        JdbcConnector connector = new JdbcConnector(iamCredentials, environment);
        ConnectionTester tester = new StepwiseConnectionTester(connector, iamCredentials, environment);
        ProfileStoreFactory stores = directory -> new ProfileStore(
                AppDirectories.forCurrentUser().profiles(directory),
                // TODO validated by RedshiftType once the source work lands
                new ProfileBinder(type -> Optional.empty()));
        return RootCommand.commandLine(version, new TestCommand(stores, tester), new ProfilesCommand(stores));
    }
}
