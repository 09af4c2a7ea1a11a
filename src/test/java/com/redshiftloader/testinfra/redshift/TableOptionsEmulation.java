package com.redshiftloader.testinfra.redshift;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redshift's physical table options (DISTSTYLE, DISTKEY, SORTKEY) at the end of a CREATE TABLE, which PostgreSQL
 * does not know: the stand-in accepts them without effect by dropping them before the statement reaches PostgreSQL.
 */
final class TableOptionsEmulation {

    private static final String OPTION =
            "\\s+(?:DISTSTYLE\\s+\\w+|DISTKEY\\s*\\([^)]*\\)|(?:COMPOUND\\s+|INTERLEAVED\\s+)?SORTKEY\\s*\\([^)]*\\))";
    private static final Pattern CREATE_WITH_OPTIONS = Pattern.compile(
            "(?is)^(\\s*CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?TABLE\\b.*?\\))((?:" + OPTION + ")+)\\s*(;?)\\s*$");

    private TableOptionsEmulation() {}

    /** The statement without its table options, or empty when it has none. */
    static Optional<String> strip(String sql) {
        Matcher m = CREATE_WITH_OPTIONS.matcher(sql);
        return m.matches() ? Optional.of(m.group(1) + m.group(3)) : Optional.empty();
    }
}
