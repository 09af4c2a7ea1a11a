package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.SourceFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The first bytes of a file (decompressed), for detection: 64 KiB, so that detection is fast whatever the size.
 *
 * @param bytes the sample
 * @param length how many bytes of {@code bytes} are valid
 * @param truncated whether the file goes on after the sample
 * @param gzip whether the file is gzip-compressed
 */
record SourceSample(byte[] bytes, int length, boolean truncated, boolean gzip) {

    static final int SIZE = 64 * 1024;

    static SourceSample read(Path file) {
        boolean gzip = isGzip(file);
        try (SourceStreams streams = SourceStreams.open(file, gzip)) {
            InputStream in = streams.bytes();
            byte[] bytes = in.readNBytes(SIZE);
            boolean truncated = in.read() >= 0;
            return new SourceSample(bytes, bytes.length, truncated, gzip);
        } catch (GzipSource.DamagedGzipException e) {
            throw new SourceFormatException(file, 0, 0, e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceFormatException(
                    file,
                    0,
                    0,
                    "the file cannot be read (" + e.getMessage()
                            + "). If it is named .gz, check that it is a complete gzip file.",
                    e);
        }
    }

    static boolean isGzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        } catch (NoSuchFileException e) {
            throw new SourceFormatException(file, 0, 0, "the file does not exist; check the path.", e);
        } catch (IOException e) {
            throw new SourceFormatException(
                    file, 0, 0, "the file cannot be read (" + e.getMessage() + "); check it and its permissions.", e);
        }
    }

    /** The sample as text, BOM skipped, the last (probably cut) line dropped when the file goes on. */
    String text(Charset encoding) {
        int skip = Encodings.bomLength(Arrays.copyOf(bytes, Math.min(3, length)));
        String text = new String(bytes, skip, length - skip, encoding);
        if (truncated) {
            int lastNewline = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            if (lastNewline > 0) {
                text = text.substring(0, lastNewline + 1);
            }
        }
        return text;
    }

    /**
     * Whether the sample looks like binary data rather than text in the given encoding: many NUL or control bytes. A
     * few NUL bytes in text (a stray one in an export) leave it text: the load then names the line and column of each.
     */
    boolean looksBinary(Charset encoding) {
        if (encoding.equals(StandardCharsets.UTF_16LE) || encoding.equals(StandardCharsets.UTF_16BE)) {
            return false;
        }
        int nul = 0;
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return nul > Math.max(2, length / 100) || nul + control > length / 20;
    }

    /** Where the sample's first NUL or control byte is, e.g. {@code line 3, byte 17 (0x00)}, for messages. */
    String firstControlByte() {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                lineStart = i + 1;
            } else if (b < 0x20 && b != '\r' && b != '\t' && b != '\f') {
                return String.format(Locale.ROOT, "line %,d, byte %d (0x%02X)", line, i - lineStart + 1, b);
            }
        }
        return "no line";
    }
}
