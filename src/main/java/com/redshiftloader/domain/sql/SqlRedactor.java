package com.redshiftloader.domain.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in SQL before it is logged or shown: the values of ACCESS_KEY_ID, SECRET_ACCESS_KEY,
 * SESSION_TOKEN, CREDENTIALS and PASSWORD clauses become {@code '***'}. Role ARNs stay: they are not secrets and
 * help with permission errors.
 */
public final class SqlRedactor {

    private static final Pattern SECRET_CLAUSE = Pattern.compile(
            "\\b(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|CREDENTIALS|PASSWORD)(\\s+(?:AS\\s+)?)'(?:[^'\\\\]|''|\\\\.)*'",
            Pattern.CASE_INSENSITIVE);

    private SqlRedactor() {}

    public static String redact(String sql) {
        Matcher matcher = SECRET_CLAUSE.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + "'***'"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
