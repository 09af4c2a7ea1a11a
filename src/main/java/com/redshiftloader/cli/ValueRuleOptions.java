package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Option;
import com.redshiftloader.cli.args.ParsedArguments;
import com.redshiftloader.domain.source.SourceSettings;
import java.util.List;
import java.util.Set;

/**
 * {@code --null-as} and {@code --trim}, the same for {@code load} and {@code inspect}: which values are read as NULL,
 * and whether values are trimmed, as the Source step's "Read as NULL" and "Trim spaces" say.
 *
 * @param nullAs the values read as NULL, replacing the default set; empty when not given
 * @param trim whether every value loses its leading and trailing spaces and tabs
 */
record ValueRuleOptions(List<String> nullAs, boolean trim) {

    static final Option<String> NULL_AS = Option.repeated(
            "--null-as",
            "TOKEN",
            "Read this value as NULL; repeatable, replaces the default set (empty, NULL, null, \\N, NA);"
                    + " --null-as '' for empty fields.");
    static final Option<Boolean> TRIM = Option.flag(
            "--trim",
            "Strip leading and trailing spaces and tabs from every value, quoted ones too, before the NULL check,"
                    + " typing and loading.");

    ValueRuleOptions {
        nullAs = List.copyOf(nullAs);
    }

    static ValueRuleOptions of(ParsedArguments arguments) {
        return new ValueRuleOptions(arguments.values(NULL_AS), arguments.flag(TRIM));
    }

    /** The settings with the given NULL values and trimming (what was not given stays as it is). */
    SourceSettings applyTo(SourceSettings settings) {
        SourceSettings applied = nullAs.isEmpty() ? settings : settings.withNullTokens(Set.copyOf(nullAs));
        return trim ? applied.withTrim(true) : applied;
    }
}
