package com.redshiftloader.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the command line against a tree of commands. Options take their value as {@code --name value} or {@code
 * --name=value}; one-letter flags may be clustered ({@code -hV}); a subcommand's name switches to its options; after
 * {@code --} everything is a positional parameter. {@code --help} and {@code --version} win over any mistake; then
 * unknown options, then arguments nothing takes, then what is required but missing are reported.
 */
final class ArgumentParser {

    private final String[] args;
    private final List<Command> path = new ArrayList<>();
    private final List<ParsedArguments> arguments = new ArrayList<>();
    private final List<Stray> strays = new ArrayList<>();
    private int positionalsTaken;
    private boolean onlyPositionals;

    /** An argument no option, parameter or subcommand takes; {@code depth} is its command's place in the path. */
    private record Stray(String text, int index, int depth, boolean looksLikeOption) {}

    /** A mistake that ends the parsing at once, e.g. an option without its value. */
    private static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    private ArgumentParser(Command root, String[] args) {
        this.args = args.clone();
        enter(root);
    }

    static ParseResult parse(Command root, String... args) {
        return new ArgumentParser(root, args).parse();
    }

    private ParseResult parse() {
        try {
            for (int index = 0; index < args.length; index++) {
                index = consume(index);
            }
        } catch (UsageError e) {
            return requested().orElseGet(() -> new ParseResult.Invalid(path, e.getMessage(), Optional.empty()));
        }
        return requested()
                .or(this::strayArguments)
                .or(this::missingArguments)
                .orElseGet(() -> new ParseResult.Run(path, arguments.getLast()));
    }

    /** Reads the argument at {@code index}; returns the index of the last argument it used. */
    private int consume(int index) throws UsageError {
        String arg = args[index];
        if (onlyPositionals) {
            positional(arg, index);
        } else if (arg.equals("--")) {
            onlyPositionals = true;
        } else if (arg.startsWith("-") && arg.length() > 1) {
            return option(index);
        } else {
            Optional<Command> subcommand = path.getLast().subcommands().stream()
                    .filter(command -> command.spec().name().equals(arg))
                    .findFirst();
            if (subcommand.isPresent()) {
                enter(subcommand.get());
            } else {
                positional(arg, index);
            }
        }
        return index;
    }

    private void enter(Command command) {
        path.add(command);
        arguments.add(new ParsedArguments());
        positionalsTaken = 0;
    }

    private CommandSpec spec() {
        return path.getLast().spec();
    }

    private int option(int index) throws UsageError {
        String arg = args[index];
        int equals = arg.indexOf('=');
        Optional<Option<?>> found = spec().option(equals > 0 ? arg.substring(0, equals) : arg);
        if (found.isEmpty()) {
            if (!clusteredFlags(arg)) {
                strays.add(new Stray(arg, index, path.size() - 1, true));
            }
            return index;
        }
        Option<?> option = found.get();
        if (equals > 0) {
            store(option, arg.substring(equals + 1));
            return index;
        }
        if (option.arity() == Option.Arity.FLAG) {
            store(option, "true");
            return index;
        }
        if (index + 1 >= args.length) {
            throw new UsageError("Missing required parameter for option " + option.quotedWithLabel());
        }
        String next = args[index + 1];
        int nextEquals = next.indexOf('=');
        if (spec().option(nextEquals > 0 ? next.substring(0, nextEquals) : next).isPresent()) {
            throw new UsageError("Expected parameter for option '" + option.longName() + "' but found '" + next + "'");
        }
        store(option, next);
        return index + 1;
    }

    /** {@code -hV}: sets each flag when every letter names a one-letter flag of the command. */
    private boolean clusteredFlags(String arg) throws UsageError {
        if (arg.startsWith("--") || arg.contains("=")) {
            return false;
        }
        List<Option<?>> flags = new ArrayList<>();
        for (char letter : arg.substring(1).toCharArray()) {
            Optional<Option<?>> flag = spec().option("-" + letter);
            if (flag.isEmpty() || flag.get().arity() != Option.Arity.FLAG) {
                return false;
            }
            flags.add(flag.get());
        }
        for (Option<?> flag : flags) {
            store(flag, "true");
        }
        return true;
    }

    private void store(Option<?> option, String value) throws UsageError {
        ParsedArguments given = arguments.getLast();
        if (option.arity() == Option.Arity.SINGLE && given.has(option)) {
            throw new UsageError("Option " + option.quotedWithLabel() + " should be specified only once");
        }
        List<String> texts =
                option.arity() == Option.Arity.COMMA_SEPARATED ? List.of(value.split(",")) : List.of(value);
        for (String text : texts) {
            try {
                given.add(option, option.converter().convert(text));
            } catch (IllegalArgumentException e) {
                throw new UsageError("Invalid value for option '" + option.longName() + "': " + e.getMessage());
            }
        }
    }

    private void positional(String arg, int index) throws UsageError {
        List<Positional<?>> positionals = spec().positionals();
        if (positionalsTaken >= positionals.size()) {
            strays.add(new Stray(arg, index, path.size() - 1, false));
            return;
        }
        Positional<?> positional = positionals.get(positionalsTaken++);
        try {
            arguments.getLast().set(positional, positional.converter().convert(arg));
        } catch (IllegalArgumentException e) {
            throw new UsageError("Invalid value for parameter '" + positional.label() + "': " + e.getMessage());
        }
    }

    /** {@code --help} for the first command that has it, else {@code --version} anywhere. */
    private Optional<ParseResult> requested() {
        for (int depth = 0; depth < path.size(); depth++) {
            if (arguments.get(depth).flag(Option.HELP)) {
                return Optional.of(new ParseResult.HelpRequested(path.subList(0, depth + 1)));
            }
        }
        return arguments.stream().anyMatch(given -> given.flag(Option.VERSION))
                ? Optional.of(new ParseResult.VersionRequested())
                : Optional.empty();
    }

    private Optional<ParseResult> strayArguments() {
        List<Stray> unknown = strays.stream().filter(Stray::looksLikeOption).toList();
        if (!unknown.isEmpty()) {
            Stray first = unknown.getFirst();
            List<String> names = path.get(first.depth()).spec().allOptions().stream()
                    .flatMap(option -> option.names().stream())
                    .toList();
            List<String> similar = Suggestions.similar(first.text(), names);
            return Optional.of(new ParseResult.Invalid(
                    path.subList(0, first.depth() + 1),
                    (unknown.size() == 1 ? "Unknown option: " : "Unknown options: ") + quoted(unknown),
                    similar.isEmpty()
                            ? Optional.empty()
                            : Optional.of("Possible solutions: " + String.join(", ", similar))));
        }
        if (strays.isEmpty()) {
            return Optional.empty();
        }
        Stray first = strays.getFirst();
        List<Command> where = path.subList(0, first.depth() + 1);
        List<String> commands = where.getLast().subcommands().stream()
                .map(command -> command.spec().name())
                .toList();
        Optional<String> hint = Suggestions.similar(first.text(), commands).stream()
                .findFirst()
                .map(name -> "Did you mean: " + UsageHelp.qualifiedName(where) + " " + name + "?");
        String message = strays.size() == 1
                ? "Unmatched argument at index " + first.index() + ": " + quoted(strays)
                : "Unmatched arguments from index " + first.index() + ": " + quoted(strays);
        return Optional.of(new ParseResult.Invalid(where, message, hint));
    }

    private static String quoted(List<Stray> strays) {
        return strays.stream().map(stray -> "'" + stray.text() + "'").collect(Collectors.joining(", "));
    }

    private Optional<ParseResult> missingArguments() {
        for (int depth = 0; depth < path.size(); depth++) {
            CommandSpec spec = path.get(depth).spec();
            ParsedArguments given = arguments.get(depth);
            Optional<String> missing = spec.options().stream()
                    .filter(option -> option.required() && !given.has(option))
                    .map(option -> "Missing required option: '" + option.longNameAndLabel() + "'")
                    .findFirst()
                    .or(() -> spec.positionals().stream()
                            .filter(positional -> positional.required() && !given.has(positional))
                            .map(positional -> "Missing required parameter: '" + positional.label() + "'")
                            .findFirst());
            if (missing.isPresent()) {
                return Optional.of(
                        new ParseResult.Invalid(path.subList(0, depth + 1), missing.get(), Optional.empty()));
            }
        }
        return Optional.empty();
    }
}
