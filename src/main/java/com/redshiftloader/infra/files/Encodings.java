package com.redshiftloader.infra.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Byte-order marks and the UTF-8 / windows-1252 decision. */
final class Encodings {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {}

    /** The encoding announced by a byte-order mark at the start, if any. */
    static Optional<Charset> fromBom(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** The length of the byte-order mark at the start, 0 when none. */
    static int bomLength(byte[] head) {
        return fromBom(head)
                .map(charset -> charset.equals(StandardCharsets.UTF_8) ? 3 : 2)
                .orElse(0);
    }

    /** Whether a complete run of bytes is valid UTF-8. */
    static boolean isUtf8(byte[] bytes, int offset, int length) {
        return isUtf8(bytes, offset, offset + length, false);
    }

    /**
     * Whether the bytes are valid UTF-8; a sequence cut by the end of a truncated sample counts as valid.
     *
     * @param truncated whether the sample stops before the end of the file
     */
    static boolean isUtf8(byte[] bytes, int length, boolean truncated) {
        return isUtf8(bytes, 0, length, truncated);
    }

    private static boolean isUtf8(byte[] bytes, int from, int length, boolean truncated) {
        int i = from;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80
                    ? 0
                    : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (extra < 0) {
                return false;
            }
            if (i + extra >= length) {
                return extra == 0 || truncated;
            }
            for (int k = 1; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }
}
