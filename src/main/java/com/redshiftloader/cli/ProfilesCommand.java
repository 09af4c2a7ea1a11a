package com.redshiftloader.cli;

import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.infra.store.ProfileFileException;
import com.redshiftloader.infra.store.ProfileStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profiles}: works with the saved profiles; {@code profiles list} lists them. */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "Works with the saved connection profiles.")
public final class ProfilesCommand implements Callable<Integer> {

    private static final String ROW = "%-24s %-9s %-8s %s%n";

    private final ProfileStoreFactory stores;

    @Spec
    private CommandSpec spec;

    public ProfilesCommand(ProfileStoreFactory stores) {
        this.stores = stores;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return RootCommand.INVALID_INPUT;
    }

    /** Lists the saved profiles: name, engine, auth kind and host; a profile that cannot be read says why. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the saved profiles.")
    int list(
            @Option(names = "--profiles-dir", paramLabel = "DIR", description = "Where saved profiles are kept.")
                    Path directory)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ProfileStore store = stores.open(Optional.ofNullable(directory));
        List<String> names = store.list();
        if (names.isEmpty()) {
            out.println("No saved profiles in " + store.directory());
            return 0;
        }
        out.printf(ROW, "NAME", "ENGINE", "AUTH", "HOST");
        for (String name : names) {
            try {
                ConnectionProfile profile = store.load(name);
                out.printf(ROW, name, profile.engine().yamlName(), authKind(profile), profile.host());
            } catch (ProfileFileException e) {
                out.printf(ROW, name, "?", "?", "invalid: " + e.problems().getFirst());
            }
        }
        return 0;
    }

    private static String authKind(ConnectionProfile profile) {
        return switch (profile.auth()) {
            case AuthMethod.Password password -> "password";
            case AuthMethod.Iam iam -> iam.serverless() ? "iam-sls" : "iam";
        };
    }
}
