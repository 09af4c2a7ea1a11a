package com.redshiftloader.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgumentParserTest {

    private static final Option<String> TABLE = Option.value("--table", "<table>", "The table.");
    private static final Option<String> SCHEMA = Option.value("--schema", "<schema>", "The schema.");
    private static final Option<Integer> MAX_ERRORS =
            Option.value("--max-errors", "N", "Rows that may be rejected.", Converters.INTEGER);
    private static final Option<Path> REJECTS = Option.value("--rejects", "FILE", "Rejects.", Converters.PATH);
    private static final Option<String> KEY = Option.commaSeparated("--key", "COLUMN", "Merge key columns.");
    private static final Option<Map.Entry<String, String>> TYPE =
            Option.keyValues("--type", "COLUMN=TYPE", "Override a column's type.");
    private static final Option<Boolean> DRY_RUN = Option.flag("--dry-run", "Roll back.");
    private static final Option<String> PROFILE =
            Option.value("--profile", "NAME|FILE", "A profile.").mandatory();
    private static final Positional<Path> FILE = Positional.optional("FILE", "The file.", Converters.PATH);
    private static final Positional<Path> REQUIRED_FILE = Positional.required("<file>", "The file.", Converters.PATH);

    private final FakeCommand load = new FakeCommand(CommandSpec.of("load", "Loads.")
            .withPositionals(FILE)
            .withOptions(TABLE, SCHEMA, MAX_ERRORS, REJECTS, KEY, TYPE, DRY_RUN));
    private final FakeCommand inspect =
            new FakeCommand(CommandSpec.of("inspect", "Inspects.").withPositionals(REQUIRED_FILE));
    private final FakeCommand test =
            new FakeCommand(CommandSpec.of("test", "Tests.").withOptions(PROFILE));
    private final FakeCommand list = new FakeCommand(CommandSpec.of("list", "Lists."));
    private final CommandGroup profiles = new CommandGroup(CommandSpec.of("profiles", "Profiles."), List.of(list));
    private final CommandGroup root =
            new CommandGroup(CommandSpec.of("redshift-loader", "The root."), List.of(inspect, test, profiles, load));

    private ParseResult parse(String... args) {
        return ArgumentParser.parse(root, args);
    }

    private ParsedArguments run(String... args) {
        ParseResult result = parse(args);
        assertThat(result).isInstanceOf(ParseResult.Run.class);
        return ((ParseResult.Run) result).arguments();
    }

    private ParseResult.Invalid invalid(String... args) {
        ParseResult result = parse(args);
        assertThat(result).isInstanceOf(ParseResult.Invalid.class);
        return (ParseResult.Invalid) result;
    }

    @Test
    void valueFollowsTheOptionOrItsEqualsSign() {
        ParsedArguments arguments = run("load", "--table", "orders", "--schema=sales");
        assertThat(arguments.value(TABLE)).contains("orders");
        assertThat(arguments.value(SCHEMA)).contains("sales");
    }

    @Test
    void equalsSignKeepsTheRestOfTheArgumentAsTheValueEvenWhenEmpty() {
        assertThat(run("load", "--type=zip=VARCHAR(5)").map(TYPE)).containsExactly(Map.entry("zip", "VARCHAR(5)"));
        assertThat(run("load", "--table=").value(TABLE)).contains("");
    }

    @Test
    void optionsNotGivenAreEmpty() {
        ParsedArguments arguments = run("load");
        assertThat(arguments.value(TABLE)).isEmpty();
        assertThat(arguments.values(KEY)).isEmpty();
        assertThat(arguments.map(TYPE)).isEmpty();
        assertThat(arguments.flag(DRY_RUN)).isFalse();
        assertThat(arguments.value(FILE)).isEmpty();
    }

    @Test
    void valuesAreConvertedToTheirTypes() {
        ParsedArguments arguments = run("load", "--max-errors", "+5", "--rejects", "out/rejects.csv");
        assertThat(arguments.value(MAX_ERRORS)).contains(5);
        assertThat(arguments.value(REJECTS)).contains(Path.of("out", "rejects.csv"));
        assertThat(run("load", "--max-errors", "-1").value(MAX_ERRORS)).contains(-1);
    }

    @Test
    void repeatableOptionsKeepEveryValueInOrderAndTheLastForAKeyGivenAgain() {
        ParsedArguments arguments =
                run("load", "--type", "zip=CHAR(5)", "--type", "id=INTEGER", "--type", "zip=VARCHAR(5)");
        assertThat(arguments.map(TYPE)).containsExactly(Map.entry("zip", "VARCHAR(5)"), Map.entry("id", "INTEGER"));
        assertThat(arguments.values(TYPE)).hasSize(3);
    }

    @Test
    void commaSeparatedValuesAreSplitAndMayBeGivenAgain() {
        assertThat(run("load", "--key", "a,b", "--key=c").values(KEY)).containsExactly("a", "b", "c");
    }

    @Test
    void flagsAreTrueWhenGivenAndMayBeSetExplicitly() {
        assertThat(run("load", "--dry-run").flag(DRY_RUN)).isTrue();
        assertThat(run("load", "--dry-run=false").flag(DRY_RUN)).isFalse();
        assertThat(run("load", "--dry-run=TRUE").flag(DRY_RUN)).isTrue();
    }

    @Test
    void positionalsMayComeBetweenOptions() {
        ParsedArguments arguments = run("load", "--table", "t", "orders.csv", "--dry-run");
        assertThat(arguments.value(FILE)).contains(Path.of("orders.csv"));
        assertThat(arguments.flag(DRY_RUN)).isTrue();
    }

    @Test
    void aDashAloneIsAPositionalAndAfterTwoDashesEverythingIs() {
        assertThat(run("inspect", "-").value(REQUIRED_FILE)).contains(Path.of("-"));
        assertThat(run("inspect", "--", "--weird").value(REQUIRED_FILE)).contains(Path.of("--weird"));
    }

    @Test
    void aValueMayLookLikeAnOptionThatTheCommandDoesNotHave() {
        assertThat(run("load", "--table", "-x").value(TABLE)).contains("-x");
        assertThat(run("load", "--max-errors", "-3").value(MAX_ERRORS)).contains(-3);
    }

    @Test
    void subcommandsNest() {
        ParseResult result = parse("profiles", "list");
        assertThat(result).isInstanceOf(ParseResult.Run.class);
        assertThat(((ParseResult.Run) result).path()).containsExactly(root, profiles, list);
    }

    @Test
    void helpIsForTheCommandItFollowsAndWinsOverMostMistakes() {
        assertThat(parse("load", "--help")).isEqualTo(new ParseResult.HelpRequested(List.of(root, load)));
        assertThat(parse("load", "-h", "--tabel")).isEqualTo(new ParseResult.HelpRequested(List.of(root, load)));
        assertThat(parse("--help", "load")).isEqualTo(new ParseResult.HelpRequested(List.of(root)));
        assertThat(parse("profiles", "list", "-h"))
                .isEqualTo(new ParseResult.HelpRequested(List.of(root, profiles, list)));
        assertThat(parse("test", "--help"))
                .as("a required option does not matter for help")
                .isEqualTo(new ParseResult.HelpRequested(List.of(root, test)));
        assertThat(parse("load", "--tabel", "--help"))
                .as("nor an unknown option before it")
                .isEqualTo(new ParseResult.HelpRequested(List.of(root, load)));
        assertThat(invalid("load", "--max-errors", "--help").message())
                .as("but an option whose value is missing ends the parsing")
                .isEqualTo("Expected parameter for option '--max-errors' but found '--help'");
    }

    @Test
    void versionOnAnyCommandAndHelpWinsOverIt() {
        assertThat(parse("--version")).isInstanceOf(ParseResult.VersionRequested.class);
        assertThat(parse("-V")).isInstanceOf(ParseResult.VersionRequested.class);
        assertThat(parse("load", "-V")).isInstanceOf(ParseResult.VersionRequested.class);
        assertThat(parse("--version", "--help")).isEqualTo(new ParseResult.HelpRequested(List.of(root)));
    }

    @Test
    void oneLetterFlagsMayBeClustered() {
        assertThat(parse("-Vh")).isEqualTo(new ParseResult.HelpRequested(List.of(root)));
        assertThat(parse("load", "-hV")).isEqualTo(new ParseResult.HelpRequested(List.of(root, load)));
        assertThat(invalid("-hx").message()).isEqualTo("Unknown option: '-hx'");
    }

    @Test
    void unknownOptionNamesTheOptionAndSuggestsTheClosestOne() {
        ParseResult.Invalid invalid = invalid("load", "--tabel", "orders");
        assertThat(invalid.message()).isEqualTo("Unknown option: '--tabel'");
        assertThat(invalid.hint()).contains("Possible solutions: --table");
        assertThat(invalid.path()).containsExactly(root, load);
    }

    @Test
    void unknownOptionWithoutACloseOneHasNoHint() {
        ParseResult.Invalid invalid = invalid("--frobnicate");
        assertThat(invalid.message()).isEqualTo("Unknown option: '--frobnicate'");
        assertThat(invalid.hint()).isEmpty();
        assertThat(invalid("load", "-x").hint())
                .as("one letter is close to too much")
                .isEmpty();
    }

    @Test
    void unknownOptionsAreReportedTogether() {
        ParseResult.Invalid invalid = invalid("load", "--tabel", "--frob=1");
        assertThat(invalid.message()).isEqualTo("Unknown options: '--tabel', '--frob=1'");
        assertThat(invalid.hint()).contains("Possible solutions: --table");
    }

    @Test
    void aPrefixSuggestsEveryOptionItBegins() {
        FakeCommand withProfiles = new FakeCommand(CommandSpec.of("test")
                .withOptions(
                        Option.value("--profile", "NAME", "A profile."),
                        Option.value("--profiles-dir", "DIR", "Profiles.")));
        ParseResult result = ArgumentParser.parse(withProfiles, "--prof", "x");
        assertThat(((ParseResult.Invalid) result).hint()).contains("Possible solutions: --profile, --profiles-dir");
    }

    @Test
    void missingValueNamesTheOptionAndItsLabel() {
        assertThat(invalid("load", "--max-errors").message())
                .isEqualTo("Missing required parameter for option '--max-errors' (N)");
    }

    @Test
    void anotherOptionInsteadOfAValueIsAnError() {
        ParseResult.Invalid invalid = invalid("load", "--table", "--schema", "s");
        assertThat(invalid.message()).isEqualTo("Expected parameter for option '--table' but found '--schema'");
        assertThat(invalid.hint()).isEmpty();
        assertThat(invalid("load", "--table", "--schema=s").message())
                .isEqualTo("Expected parameter for option '--table' but found '--schema=s'");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            abc,         'abc' is not an int
            99999999999, '99999999999' is not an int
            0x10,        '0x10' is not an int
            1.5,         '1.5' is not an int
            ''           ,'' is not an int
            """)
    void badNumberIsAnError(String value, String reason) {
        assertThat(invalid("load", "--max-errors=" + value).message())
                .isEqualTo("Invalid value for option '--max-errors': " + reason);
    }

    @Test
    void badKeyValueOrBooleanIsAnError() {
        assertThat(invalid("load", "--type", "zip").message())
                .isEqualTo("Invalid value for option '--type': 'zip' should be in KEY=VALUE format");
        assertThat(invalid("load", "--dry-run=yes").message())
                .isEqualTo("Invalid value for option '--dry-run': 'yes' is not a boolean");
    }

    @Test
    void badPathIsAnError() {
        assertThat(invalid("load", "--rejects", "a\0b").message())
                .startsWith("Invalid value for option '--rejects': 'a\0b' is not a path");
        assertThat(invalid("inspect", "a\0b").message()).startsWith("Invalid value for parameter '<file>': ");
    }

    @Test
    void singleValueOptionGivenTwiceIsAnError() {
        assertThat(invalid("load", "--table", "a", "--table=b").message())
                .isEqualTo("Option '--table' (<table>) should be specified only once");
    }

    @Test
    void extraParametersAreUnmatchedWithTheirIndex() {
        assertThat(invalid("load", "a.csv", "b.csv").message()).isEqualTo("Unmatched argument at index 2: 'b.csv'");
        assertThat(invalid("load", "a.csv", "b.csv", "c.csv").message())
                .isEqualTo("Unmatched arguments from index 2: 'b.csv', 'c.csv'");
        assertThat(invalid("profiles", "list", "--", "x").message()).isEqualTo("Unmatched argument at index 3: 'x'");
    }

    @Test
    void misspeltSubcommandSuggestsTheClosestOne() {
        ParseResult.Invalid invalid = invalid("lod", "orders.csv");
        assertThat(invalid.message()).isEqualTo("Unmatched arguments from index 0: 'lod', 'orders.csv'");
        assertThat(invalid.hint()).contains("Did you mean: redshift-loader load?");
        assertThat(invalid("profiles", "lst").hint()).contains("Did you mean: redshift-loader profiles list?");
        assertThat(invalid("frob").hint()).isEmpty();
    }

    @Test
    void missingRequiredOptionOrParameterIsAnError() {
        ParseResult.Invalid option = invalid("test");
        assertThat(option.message()).isEqualTo("Missing required option: '--profile=NAME|FILE'");
        assertThat(option.path()).containsExactly(root, test);
        assertThat(invalid("inspect").message()).isEqualTo("Missing required parameter: '<file>'");
    }

    @Test
    void unknownOptionsAreReportedBeforeMissingOnes() {
        assertThat(invalid("inspect", "-x").message()).isEqualTo("Unknown option: '-x'");
    }

    @Test
    void theRunKnowsTheWholePath() {
        ParseResult result = parse("test", "--profile", "prod");
        assertThat(result).isInstanceOf(ParseResult.Run.class);
        ParseResult.Run run = (ParseResult.Run) result;
        assertThat(run.path()).containsExactly(root, test);
        assertThat(run.arguments().value(PROFILE)).isEqualTo(Optional.of("prod"));
    }
}
