package com.redshiftloader.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageHelpTest {

    private final FakeCommand copy = new FakeCommand(CommandSpec.of(
                    "copy",
                    "Copies files from one place to another, keeping their times, and says what it copied.",
                    "",
                    "A second paragraph.")
            .withPositionals(
                    Positional.required("<source>", "Where from.", Converters.PATH),
                    Positional.optional("TARGET", "Where to (default: here).", Converters.PATH))
            .withOptions(
                    Option.value(
                            "--mode",
                            "MODE",
                            "append, truncate, replace, merge or fail_if_exists; the"
                                    + " default is append, unless the profile says otherwise."),
                    Option.commaSeparated("--include", "GLOB", "Only these."),
                    Option.keyValues("--rename", "OLD=NEW", "Rename a file on the way."),
                    Option.flag("--force", "Overwrite."),
                    Option.value("--owner", "USER", "The owner.").mandatory(),
                    Option.value("--exclude-everything-matching", "PATTERN", "Not these."),
                    Option.flag("--dry-run", "Say what would be copied."))
            .withFooter("", "Exit codes: 0 copied, 1 a copy failed, 2 invalid input."));
    private final FakeCommand list = new FakeCommand(CommandSpec.of("ls", "Lists.")
            .withOptions(Option.value("--dir", "DIR", "Where."))
            .sortingOptions());
    private final CommandGroup root = new CommandGroup(
            CommandSpec.of("tool", "Copies and lists.").withFooter("", "The footer."), List.of(copy, list));

    @Test
    void synopsisFlagsFirstThenSingleValuesThenRepeatablesEachByNameThenParameters() {
        assertThat(UsageHelp.render(List.of(root, copy))).startsWith("""
                        Usage: tool copy [-hV] [--dry-run] [--force]
                                         [--exclude-everything-matching=PATTERN] [--mode=MODE]
                                         --owner=USER [--include=GLOB[,GLOB...]]...
                                         [--rename=OLD=NEW]... <source> [TARGET]
                        Copies files from one place to another, keeping their times, and says what it
                        copied.

                        A second paragraph.
                        """);
    }

    @Test
    void optionsAreListedAsDeclaredWithHelpAndVersionLastDescriptionsAligned() {
        assertThat(UsageHelp.render(List.of(root, copy))).endsWith("""
                        A second paragraph.
                              <source>           Where from.
                              [TARGET]           Where to (default: here).
                              --mode=MODE        append, truncate, replace, merge or fail_if_exists;
                                                   the default is append, unless the profile says
                                                   otherwise.
                              --include=GLOB[,GLOB...]
                                                 Only these.
                              --rename=OLD=NEW   Rename a file on the way.
                              --force            Overwrite.
                              --owner=USER       The owner.
                              --exclude-everything-matching=PATTERN
                                                 Not these.
                              --dry-run          Say what would be copied.
                          -h, --help             Show this help message and exit.
                          -V, --version          Print version information and exit.

                        Exit codes: 0 copied, 1 a copy failed, 2 invalid input.
                        """);
    }

    @Test
    void sortedOptionsGoByNameWithoutDashes() {
        assertThat(UsageHelp.render(List.of(root, list))).isEqualTo("""
                Usage: tool ls [-hV] [--dir=DIR]
                Lists.
                      --dir=DIR   Where.
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.
                """);
    }

    @Test
    void aCommandWithSubcommandsListsThemWithTheFirstParagraphOfTheirDescription() {
        assertThat(UsageHelp.render(List.of(root))).isEqualTo("""
                Usage: tool [-hV] [COMMAND]
                Copies and lists.
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.

                Commands:
                  copy  Copies files from one place to another, keeping their times, and says
                          what it copied.
                  ls    Lists.

                The footer.
                """);
    }

    @Test
    void noLineIsLongerThanSeventyNineColumns() {
        assertThat(UsageHelp.render(List.of(root, copy)).lines())
                .filteredOn(line -> !line.contains("--exclude-everything-matching"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextWrapper.LINE_LENGTH));
    }

    @Test
    void wrapKeepsWordsWholeAndGivesAnOverlongWordALineOfItsOwn() {
        String longWord = "x".repeat(90);
        assertThat(TextWrapper.wrap("> ", "a " + longWord + " b", 4))
                .containsExactly("> a", "    " + longWord, "    b");
        assertThat(TextWrapper.wrap("", "", 0)).containsExactly("");
    }
}
