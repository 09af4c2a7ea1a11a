package com.redshiftloader.cli.args;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The usage's first lines: {@code Usage: name [-hV] [--flag] [--option=VALUE] [--list=VALUE]... FILE [COMMAND]}.
 * Flags come first (the one-letter ones clustered), then options with one value, then those that may be given
 * again, each group by name; then the positional parameters in order, then {@code [COMMAND]} for a command with
 * subcommands.
 */
final class Synopsis {

    private static final Comparator<Option<?>> BY_NAME = Comparator.comparing(Option::sortKey);

    private Synopsis() {}

    static List<String> lines(String qualifiedName, CommandSpec spec, boolean hasSubcommands) {
        String start = "Usage: " + qualifiedName + " ";
        return TextWrapper.wrap(start, terms(spec, hasSubcommands), start.length());
    }

    private static List<String> terms(CommandSpec spec, boolean hasSubcommands) {
        List<Option<?>> options = spec.allOptions().stream().sorted(BY_NAME).toList();
        List<String> terms = new ArrayList<>();
        String cluster = options.stream()
                .filter(option -> option.arity() == Option.Arity.FLAG)
                .flatMap(option -> option.shortName().stream())
                .map(name -> name.substring(1))
                .collect(Collectors.joining());
        if (!cluster.isEmpty()) {
            terms.add("[-" + cluster + "]");
        }
        for (Option<?> option : options) {
            if (option.arity() == Option.Arity.FLAG && option.shortName().isEmpty()) {
                terms.add(term(option));
            }
        }
        for (Option<?> option : options) {
            if (option.arity() == Option.Arity.SINGLE) {
                terms.add(term(option));
            }
        }
        for (Option<?> option : options) {
            if (option.arity() == Option.Arity.REPEATED || option.arity() == Option.Arity.COMMA_SEPARATED) {
                terms.add(term(option) + "...");
            }
        }
        spec.positionals().forEach(positional -> terms.add(positional.synopsis()));
        if (hasSubcommands) {
            terms.add("[COMMAND]");
        }
        return terms;
    }

    private static String term(Option<?> option) {
        String text = option.longNameAndLabel();
        return option.required() ? text : "[" + text + "]";
    }
}
