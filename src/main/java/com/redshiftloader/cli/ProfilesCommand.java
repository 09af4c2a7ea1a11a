package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Command;
import com.redshiftloader.cli.args.CommandGroup;
import com.redshiftloader.cli.args.CommandSpec;
import java.util.List;

/** {@code profiles}: works with the saved profiles; {@code profiles list} lists them. */
public final class ProfilesCommand {

    private static final CommandSpec SPEC = CommandSpec.of("profiles", "Works with the saved connection profiles.")
            .sortingOptions();

    private ProfilesCommand() {}

    /** {@code profiles} with its subcommands, which read the profiles from {@code stores}. */
    public static Command create(ProfileStoreFactory stores) {
        return new CommandGroup(SPEC, List.of(new ProfilesListCommand(stores)));
    }
}
