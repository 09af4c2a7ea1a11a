package com.redshiftloader.cli.args;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a command accepts and how its usage describes it: name, description, options, positional parameters and
 * footer. Every command also takes {@link Option#HELP} and {@link Option#VERSION}.
 *
 * @param description paragraphs; the first one also describes the command in its parent's command list
 * @param sortOptions whether the usage lists the options by name instead of in the order given
 */
public record CommandSpec(
        String name,
        List<String> description,
        List<Option<?>> options,
        List<Positional<?>> positionals,
        List<String> footer,
        boolean sortOptions) {

    public CommandSpec {
        description = List.copyOf(description);
        options = List.copyOf(options);
        positionals = List.copyOf(positionals);
        footer = List.copyOf(footer);
    }

    /** A command with this name and description, no options or parameters yet. */
    public static CommandSpec of(String name, String... description) {
        return new CommandSpec(name, Arrays.asList(description), List.of(), List.of(), List.of(), false);
    }

    public CommandSpec withOptions(Option<?>... added) {
        return new CommandSpec(name, description, Arrays.asList(added), positionals, footer, sortOptions);
    }

    public CommandSpec withPositionals(Positional<?>... added) {
        return new CommandSpec(name, description, options, Arrays.asList(added), footer, sortOptions);
    }

    /** Lines after the options and commands; an empty string is an empty line. */
    public CommandSpec withFooter(String... lines) {
        return new CommandSpec(name, description, options, positionals, Arrays.asList(lines), sortOptions);
    }

    /** This command with its options listed by name in the usage. */
    public CommandSpec sortingOptions() {
        return new CommandSpec(name, description, options, positionals, footer, true);
    }

    /** The command's own options, then help and version. */
    List<Option<?>> allOptions() {
        List<Option<?>> all = new ArrayList<>(options);
        all.add(Option.HELP);
        all.add(Option.VERSION);
        return all;
    }

    /** The option with this name ({@code -h} or {@code --help}), if the command has one. */
    Optional<Option<?>> option(String optionName) {
        return allOptions().stream()
                .filter(option -> option.names().contains(optionName))
                .findFirst();
    }
}
