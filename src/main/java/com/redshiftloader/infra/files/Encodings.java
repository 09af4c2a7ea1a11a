package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.EncodingEvidence;
import com.redshiftloader.domain.source.SourceFormatException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Byte-order marks, strict UTF-8 sequences and the UTF-8 / windows-1252 decision. */
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

    /**
     * The refusal of a UTF-8 file that has a bad byte (the settings did not choose to replace them): names the byte
     * and the choices.
     *
     * @param line where the reader met it (the line of the byte itself when found)
     * @param column the field it is in, or 0
     */
    static SourceFormatException notUtf8(Path file, long line, int column) {
        Optional<EncodingEvidence.BytePlace> place = Utf8RepairStream.firstBad(file);
        long at = place.map(EncodingEvidence.BytePlace::line).orElse(line);
        String where = place.map(found -> String.format(
                        Locale.ROOT, "byte %,d of the line (0x%02X) is not UTF-8", found.byteInLine(), found.value()))
                .orElse("the bytes here are not UTF-8");
        return new SourceFormatException(
                file,
                at,
                at == line ? column : 0,
                where + ", so the file cannot be read as UTF-8 as it is. Choose one: read each bad sequence as"
                        + " U+FFFD, counted (--on-bad-bytes replace; in the window, \"Read bytes that are not UTF-8 as"
                        + " U+FFFD\"); read the whole file as windows-1252 if it was written so (--encoding"
                        + " windows-1252; in the window, the Encoding choice); or fix the file.");
    }

    /** Returned by {@link #sequence} for a sequence that the end of the bytes cuts short. */
    static final int INCOMPLETE = Integer.MIN_VALUE;

    /** Whether a complete run of bytes is valid UTF-8. */
    static boolean isUtf8(byte[] bytes, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; ) {
            int length1 = sequence(bytes, i, end);
            if (length1 <= 0) {
                return false;
            }
            i += length1;
        }
        return true;
    }

    /**
     * The UTF-8 sequence at {@code i}, strictly (no overlong forms, no surrogates, nothing above U+10FFFF): its
     * length when valid; minus the length of the bad part when not (the lead byte and the continuation bytes that
     * were right, so each bad part becomes one U+FFFD); {@link #INCOMPLETE} when {@code limit} cuts it.
     */
    static int sequence(byte[] bytes, int i, int limit) {
        int lead = bytes[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int need;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            need = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            need = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= limit) {
                return INCOMPLETE;
            }
            int next = bytes[i + k] & 0xFF;
            if (next < low || next > high) {
                return -k;
            }
            low = 0x80;
            high = 0xBF;
        }
        return need + 1;
    }

    /**
     * Decides between UTF-8 and windows-1252 from the sample (a byte-order mark decides first): a file with at least
     * one valid multi-byte UTF-8 character is UTF-8 even with some bad bytes, so that one bad byte never changes how
     * the whole file is read; only high bytes with no UTF-8 character among them make it windows-1252.
     */
    static EncodingEvidence evidence(SourceSample sample) {
        byte[] bytes = sample.bytes();
        Optional<Charset> bom = fromBom(bytes);
        if (bom.isPresent()) {
            return new EncodingEvidence(bom.get(), true, 0, Optional.empty(), !sample.truncated());
        }
        long line = 1;
        int lineStart = 0;
        long characters = 0;
        long bad = 0;
        Optional<EncodingEvidence.BytePlace> first = Optional.empty();
        int length = sample.length();
        for (int i = 0; i < length; ) {
            int found = sequence(bytes, i, length);
            if (found == INCOMPLETE && sample.truncated()) {
                break;
            }
            if (found == INCOMPLETE || found < 0) {
                bad++;
                if (first.isEmpty()) {
                    first = Optional.of(new EncodingEvidence.BytePlace(line, i - lineStart + 1, bytes[i] & 0xFF));
                }
                i += found == INCOMPLETE ? 1 : -found;
                continue;
            }
            if (found > 1) {
                characters++;
            } else if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += found;
        }
        Charset encoding = bad > 0 && characters == 0 ? WINDOWS_1252 : StandardCharsets.UTF_8;
        return new EncodingEvidence(encoding, false, bad, first, !sample.truncated());
    }
}
