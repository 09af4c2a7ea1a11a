package com.redshiftloader.infra.load.pgcopy;

import com.redshiftloader.domain.source.TrimmingRecordReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether COPY reads one field of a delimited file as the loader does: NULL the same way (only an unquoted empty
 * field is NULL to COPY, while the loader also takes a quoted empty field and every null token for NULL), not COPY's
 * end-of-data marker, not with blanks around it when the loader trims values, and within its column's {@link BinaryValueRule}.
 */
final class BinaryFieldCheck {

    private final BinaryValueRule[] rules;
    private final byte[][] nullTokens;
    private final boolean trim;

    /**
     * @param rules the value rule of each column, in file order
     * @param nullTokens the file's null tokens; the empty token must be one of them
     * @param trim whether the reader trims values (then COPY would read a value with blanks around it otherwise)
     */
    BinaryFieldCheck(List<BinaryValueRule> rules, Set<String> nullTokens, boolean trim) {
        this.trim = trim;
        this.rules = rules.toArray(new BinaryValueRule[0]);
        this.nullTokens = nullTokens.stream()
                .filter(token -> !token.isEmpty())
                .map(token -> token.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
    }

    int columns() {
        return rules.length;
    }

    /**
     * Why COPY would read the field differently, or null when it reads it as the loader does.
     *
     * @param field the field's bytes, quotes removed, from index 0
     */
    String refuse(int column, byte[] field, int length, boolean quoted) {
        if (length == 0) {
            return quoted ? "a quoted empty value (the loader reads NULL, COPY an empty string)" : null;
        }
        if (trim && (TrimmingRecordReader.isBlank(field[0]) || TrimmingRecordReader.isBlank(field[length - 1]))) {
            return "a value with a space or tab at its start or end (the loader trims it, COPY would keep it)";
        }
        if (column == 0 && !quoted && length == 2 && field[0] == '\\' && field[1] == '.') {
            return "a line \\. (COPY's end-of-data marker)";
        }
        for (byte[] token : nullTokens) {
            if (token.length == length && Arrays.equals(token, 0, length, field, 0, length)) {
                return "the null token " + new String(token, StandardCharsets.UTF_8) + " (COPY reads it as text)";
            }
        }
        // a type switch rather than an interface call: one call site for every column type is slow to dispatch
        String refusal =
                switch (rules[column]) {
                    case BinaryValueRule.Text text -> text.refuse(field, length);
                    case BinaryValueRule.WholeNumber number -> number.refuse(field, length);
                    case BinaryValueRule.Decimal decimal -> decimal.refuse(field, length);
                    case BinaryValueRule.Bool bool -> bool.refuse(field, length);
                    case BinaryValueRule.Timestamp timestamp -> timestamp.refuse(field, length);
                };
        return refusal == null ? null : "column " + (column + 1) + ": " + refusal;
    }
}
