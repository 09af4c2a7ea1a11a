package com.redshiftloader.app;

import com.redshiftloader.cli.InspectCommand;
import com.redshiftloader.cli.LoadCommand;
import com.redshiftloader.cli.ProfileStoreFactory;
import com.redshiftloader.cli.ProfilesCommand;
import com.redshiftloader.cli.RootCommand;
import com.redshiftloader.cli.TestCommand;
import com.redshiftloader.cli.args.CommandLineRunner;
import com.redshiftloader.domain.inspection.SourceInspector;
import com.redshiftloader.infra.files.FileSourceInspector;
import com.redshiftloader.infra.store.AppDirectories;
import com.redshiftloader.infra.store.JobFiles;
import java.util.Optional;
import java.util.function.Function;

/**
 * The command line's composition root: hands the shared adapters to the commands, each built when a command first
 * uses it (see {@link OnFirstUse}).
 */
final class CliComposition {

    private CliComposition() {}

    /** The command line with every subcommand, reading secrets' environment variables from {@code environment}. */
    static CommandLineRunner commandLine(String version, Function<String, Optional<String>> environment) {
        return commandLine(version, new AppServices(AppDirectories.forCurrentUser(), environment));
    }

    static CommandLineRunner commandLine(String version, AppServices services) {
        ProfileStoreFactory stores = services::profileStore;
        SourceInspector inspector = new FileSourceInspector();
        return RootCommand.commandLine(
                version,
                new InspectCommand(inspector),
                new TestCommand(stores, OnFirstUse.tester(services::tester)),
                ProfilesCommand.create(stores),
                new LoadCommand(
                        stores,
                        inspector,
                        services.loaders(),
                        new JobFiles(),
                        OnFirstUse.runHistory(services::runHistory)));
    }
}
