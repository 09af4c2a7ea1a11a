package com.redshiftloader.cli.args;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The usage's list of parameters and options, one row each with its description beside it:
 *
 * <pre>
 *       [FILE]                The file to load.
 *       --table=TABLE         The table (default: the profile's table, else the
 *                               file's name).
 *   -h, --help                Show this help message and exit.
 * </pre>
 *
 * The descriptions start after the longest name that fits {@link #NAME_COLUMN} columns; a longer one has the row to
 * itself and its description starts on the next line.
 */
final class OptionTable {

    /** Names and labels longer than this do not widen the name column. */
    static final int NAME_COLUMN = 20;

    /** Before the long names: two spaces, the short name, its comma and a space. */
    private static final int LONG_NAME_START = 6;

    /** Between the name column and the descriptions. */
    private static final int GAP = 3;

    private record Row(String shortName, String longName, String description) {

        String names() {
            return "  " + (shortName.isEmpty() ? "    " : shortName + ", ") + longName;
        }
    }

    private OptionTable() {}

    static List<String> lines(CommandSpec spec) {
        List<Row> rows = rows(spec);
        int longest = rows.stream()
                .mapToInt(row -> row.longName().length())
                .filter(length -> length <= NAME_COLUMN)
                .max()
                .orElse(0);
        int descriptionStart = LONG_NAME_START + longest + GAP;
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            String names = row.names();
            String firstLine;
            if (row.longName().length() > NAME_COLUMN) {
                lines.add(names);
                firstLine = " ".repeat(descriptionStart);
            } else {
                firstLine = names + " ".repeat(descriptionStart - names.length());
            }
            lines.addAll(TextWrapper.wrap(firstLine, row.description(), descriptionStart + 2));
        }
        return lines;
    }

    private static List<Row> rows(CommandSpec spec) {
        List<Row> rows = new ArrayList<>();
        spec.positionals()
                .forEach(positional -> rows.add(new Row("", positional.synopsis(), positional.description())));
        List<Option<?>> options = spec.allOptions();
        if (spec.sortOptions()) {
            options = options.stream()
                    .sorted(Comparator.comparing(Option::sortKey))
                    .toList();
        }
        options.forEach(option ->
                rows.add(new Row(option.shortName().orElse(""), option.longNameAndLabel(), option.description())));
        return rows;
    }
}
