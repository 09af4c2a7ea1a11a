/**
 * The command line's own small argument parser, kept instead of picocli because a command starts about 0.1 s
 * sooner with it, even from the installed application's AOT cache (picocli's classes, built for Java 5, are not
 * cached): {@code docs/decisions.md}.
 *
 * <p><b>What it does, all of it.</b> A tree of {@link com.redshiftloader.cli.args.Command}s, each described by a
 * {@link com.redshiftloader.cli.args.CommandSpec}: named {@link com.redshiftloader.cli.args.Option}s that are flags,
 * take one value, may be repeated, or take comma-separated values ({@code --name value} or {@code --name=value};
 * one-letter flags clustered as {@code -hV}); positional parameters, required or optional, in order; {@code --} to
 * end the options; {@code -h}/{@code --help} and {@code -V}/{@code --version} on every command. Values go through
 * the {@link com.redshiftloader.cli.args.Converters} (text, int, path, boolean, {@code KEY=VALUE}). Mistakes are
 * reported in picocli's wording, with suggestions for mistyped names, then the usage, and exit code 2; the usage
 * text is picocli's layout at 80 columns (held line for line by {@code UsageTextTest}). The result of a parse is a
 * sealed {@code ParseResult} that {@link com.redshiftloader.cli.args.CommandLineRunner} switches over.
 *
 * <p><b>What it will not grow into.</b> No annotations or reflection, no default values or environment variables read
 * by the parser (a command applies its own defaults), no option groups or mutually exclusive sets (a command checks
 * them and says so), no {@code --no-} forms made from flags (an option named so is declared by that name), no
 * {@code @file} argument files, no interactive prompts for values (secrets come from profiles and the environment), no
 * shell completion scripts, no internationalised messages, no second way to declare a command. When a command needs one
 * of these, that is the time to weigh picocli again, against the start-up figure above, rather than to extend this
 * package.
 */
package com.redshiftloader.cli.args;
