package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Command;
import com.redshiftloader.cli.args.CommandSpec;
import com.redshiftloader.cli.args.Invocation;
import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileCatalog;
import com.redshiftloader.domain.profile.ProfileFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** {@code profiles list}: name, engine, auth kind and host of each saved profile; one that cannot be read says why. */
final class ProfilesListCommand implements Command {

    private static final String ROW = "%-24s %-9s %-8s %s%n";

    private static final CommandSpec SPEC = CommandSpec.of("list", "Lists the saved profiles.")
            .withOptions(ProfileArgument.PROFILES_DIRECTORY)
            .sortingOptions();

    private final ProfileStoreFactory stores;

    ProfilesListCommand(ProfileStoreFactory stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) throws IOException {
        PrintWriter out = invocation.out();
        ProfileCatalog store = stores.open(invocation.arguments().value(ProfileArgument.PROFILES_DIRECTORY));
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
