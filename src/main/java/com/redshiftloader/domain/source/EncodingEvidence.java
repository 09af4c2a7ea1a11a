package com.redshiftloader.domain.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Why detection chose a file's encoding, for {@code inspect} and the Source step.
 *
 * @param encoding the encoding chosen
 * @param bom whether a byte-order mark announced it
 * @param badBytes how many byte sequences of the part read are not UTF-8
 * @param firstBad where the first of them is
 * @param wholeFile whether the whole file was read (else only its first 64 KiB)
 */
public record EncodingEvidence(
        Charset encoding, boolean bom, long badBytes, Optional<BytePlace> firstBad, boolean wholeFile) {

    /**
     * A byte in the file.
     *
     * @param line the 1-based physical line
     * @param byteInLine the 1-based byte offset in that line, 0 when only the line is known
     * @param value the byte, or -1 when only the line is known
     */
    public record BytePlace(long line, long byteInLine, int value) {
        @Override
        public String toString() {
            return byteInLine == 0
                    ? String.format(Locale.ROOT, "line %,d", line)
                    : String.format(Locale.ROOT, "line %,d, byte %,d (0x%02X)", line, byteInLine, value);
        }
    }

    /**
     * This evidence once the whole file has been read as UTF-8 with its bad bytes replaced: their exact count, and
     * the line of the first when the sample held none of them.
     *
     * @param replaced how many bad sequences the whole file holds
     * @param firstLine the line of the first one, if any
     */
    public EncodingEvidence afterWholeFile(long replaced, Optional<Long> firstLine) {
        if (bom || !encoding.equals(StandardCharsets.UTF_8)) {
            return this;
        }
        Optional<BytePlace> first = firstBad.or(() -> firstLine.map(line -> new BytePlace(line, 0, -1)));
        return new EncodingEvidence(encoding, false, replaced, first, true);
    }

    /** Whether the file is read as UTF-8 though some of its bytes are not UTF-8. */
    public boolean utf8WithBadBytes() {
        return encoding.equals(StandardCharsets.UTF_8) && badBytes > 0;
    }

    /** E.g. {@code UTF-8 except 1 bad byte, first at line 702, byte 41 (0xE9)}. */
    public String describe() {
        String part = wholeFile ? "" : " in the first 64 KiB";
        if (bom) {
            return encoding.name() + " (byte-order mark)";
        }
        if (!encoding.equals(StandardCharsets.UTF_8)) {
            return encoding.name() + " (bytes 0x80–0xFF that are not UTF-8" + part
                    + firstBad.map(place -> ", the first at " + place).orElse("") + ")";
        }
        if (badBytes == 0) {
            return wholeFile ? "UTF-8 (valid throughout)" : "UTF-8 (valid in the first 64 KiB)";
        }
        return String.format(
                Locale.ROOT,
                "UTF-8 except %,d bad byte%s%s, first at %s",
                badBytes,
                badBytes == 1 ? "" : "s",
                part,
                firstBad.map(BytePlace::toString).orElse("?"));
    }
}
