package com.redshiftloader.cli;

import com.redshiftloader.cli.args.Option;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.InvalidLayoutException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --date-format COLUMN=LAYOUT}, which {@code load} and {@code inspect} both take. */
final class DateFormatOption {

    static final Option<Map.Entry<String, String>> OPTION = Option.keyValues(
            "--date-format",
            "COLUMN=LAYOUT",
            "Read a column's dates in this Redshift DATEFORMAT/TIMEFORMAT layout, e.g. shipped='MON DD YYYY'"
                    + " (source or target name; repeatable).");

    private DateFormatOption() {}

    /**
     * The layouts given, by column.
     *
     * @throws InvalidLayoutException naming the option, the column and what a layout is made of
     */
    static Map<String, DateLayout> parse(Map<String, String> given) {
        Map<String, DateLayout> layouts = new LinkedHashMap<>();
        given.forEach((column, layout) -> {
            try {
                layouts.put(column, DateLayout.parse(layout));
            } catch (InvalidLayoutException e) {
                throw new InvalidLayoutException("--date-format " + column + "=" + layout + ": " + e.getMessage());
            }
        });
        return layouts;
    }
}
