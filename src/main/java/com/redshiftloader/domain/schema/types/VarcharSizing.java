package com.redshiftloader.domain.schema.types;

import com.redshiftloader.domain.source.ByteField;

/**
 * Sizes a VARCHAR from the longest value seen, in UTF-8 bytes. The rule: the smallest of 16, 32, 64, …, 32768,
 * 65535 that holds the longest value plus a quarter of it (headroom for rows loaded later); a value of at most
 * 65,535 bytes always fits, capped at 65,535. Longer values cannot be stored: they are reported, never truncated.
 */
public final class VarcharSizing {

    private VarcharSizing() {}

    /** The VARCHAR length for a column whose longest value has {@code maxBytes} bytes. */
    public static int lengthFor(int maxBytes) {
        long wanted = (long) maxBytes + maxBytes / 4;
        for (int step = 16; step <= 32_768; step *= 2) {
            if (step >= wanted) {
                return step;
            }
        }
        return RedshiftType.MAX_VARCHAR_BYTES;
    }

    /** The UTF-8 length of a string, without encoding it. */
    public static int utf8Length(CharSequence value) {
        if (value instanceof ByteField field) {
            return field.utf8Length();
        }
        int length = value.length();
        int bytes = length;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                bytes += c < 0x800 || Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return bytes;
    }
}
