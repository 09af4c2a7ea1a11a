package com.redshiftloader.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command's usage, as {@code --help} prints it: the synopsis, the description, the parameters and options, the
 * subcommands and the footer, wrapped to 80 columns.
 */
final class UsageHelp {

    private UsageHelp() {}

    /** The usage of the last command of {@code path}; the commands before it make up its name. */
    static String render(List<Command> path) {
        Command command = path.getLast();
        CommandSpec spec = command.spec();
        List<String> lines = new ArrayList<>(
                Synopsis.lines(qualifiedName(path), spec, !command.subcommands().isEmpty()));
        spec.description().forEach(paragraph -> lines.addAll(TextWrapper.wrap("", paragraph, 0)));
        lines.addAll(OptionTable.lines(spec));
        if (!command.subcommands().isEmpty()) {
            lines.add("");
            lines.add("Commands:");
            lines.addAll(commandList(command.subcommands()));
        }
        spec.footer().forEach(paragraph -> lines.addAll(TextWrapper.wrap("", paragraph, 0)));
        return lines.stream().map(line -> line + System.lineSeparator()).collect(Collectors.joining());
    }

    /** The names from the root to the last command: {@code redshift-loader profiles list}. */
    static String qualifiedName(List<Command> path) {
        return path.stream().map(command -> command.spec().name()).collect(Collectors.joining(" "));
    }

    /** {@code  name  first paragraph of its description}, the descriptions aligned. */
    private static List<String> commandList(List<Command> subcommands) {
        int longest = subcommands.stream()
                .mapToInt(command -> command.spec().name().length())
                .max()
                .orElse(0);
        List<String> lines = new ArrayList<>();
        for (Command subcommand : subcommands) {
            CommandSpec spec = subcommand.spec();
            String name = "  " + spec.name() + " ".repeat(longest - spec.name().length() + 2);
            String summary =
                    spec.description().isEmpty() ? "" : spec.description().getFirst();
            lines.addAll(TextWrapper.wrap(name, summary, name.length() + 2));
        }
        return lines;
    }
}
