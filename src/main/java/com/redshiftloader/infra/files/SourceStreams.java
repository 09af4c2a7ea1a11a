package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.BadBytes;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.source.WarningLog;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a source file as bytes (decompressed) and as characters (decoded, BOM skipped), counting raw bytes. */
final class SourceStreams implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final CountingInputStream counting;
    private InputStream bytes;

    private SourceStreams(CountingInputStream counting, InputStream bytes) {
        this.counting = counting;
        this.bytes = bytes;
    }

    /** Opens the file's (decompressed) bytes. */
    static SourceStreams open(Path file, boolean gzip) {
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            // A FileInputStream, not a channel: interrupting a scan must cancel it (checked between records), not
            // close the file under the reader.
            CountingInputStream counting = new CountingInputStream(new FileInputStream(file.toFile()));
            InputStream buffered = new BufferedInputStream(counting, BUFFER);
            InputStream bytes =
                    gzip ? new BufferedInputStream(GzipSource.open(buffered, counting::count), BUFFER) : buffered;
            return new SourceStreams(counting, bytes);
        } catch (NoSuchFileException e) {
            throw new SourceFormatException(file, 0, 0, "the file does not exist; check the path.", e);
        } catch (GzipSource.DamagedGzipException e) {
            throw new SourceFormatException(file, 0, 0, e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceFormatException(
                    file, 0, 0, "the file cannot be read (" + e.getMessage() + "); check it and its permissions.", e);
        }
    }

    InputStream bytes() {
        return bytes;
    }

    /**
     * The characters, with the byte-order mark skipped; malformed input is reported, never replaced, unless the
     * settings choose to replace bad UTF-8 bytes (each one then goes to {@code warnings}).
     */
    Reader characters(SourceSettings settings, WarningLog warnings) {
        try {
            skipBom();
            repairIfAsked(settings, warnings);
            return new InputStreamReader(bytes, decoder(settings.encoding()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bytes for the CSV tokenizer, BOM skipped: the file's own bytes for an ASCII-compatible encoding (UTF-8 and
     * single-byte encodings), else the text transcoded to UTF-8.
     */
    TokenizerInput tokenizerInput(SourceSettings settings, WarningLog warnings) {
        Charset encoding = settings.encoding();
        if (encoding.equals(StandardCharsets.UTF_8) || encoding.newEncoder().maxBytesPerChar() == 1.0f) {
            try {
                skipBom();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            repairIfAsked(settings, warnings);
            return new TokenizerInput(bytes, encoding);
        }
        return new TokenizerInput(new Utf8InputStream(characters(settings, warnings)), StandardCharsets.UTF_8);
    }

    /** Under UTF-8 with {@link BadBytes#REPLACE}, each bad sequence becomes U+FFFD before any reader sees it. */
    private void repairIfAsked(SourceSettings settings, WarningLog warnings) {
        if (settings.badBytes() == BadBytes.REPLACE && settings.encoding().equals(StandardCharsets.UTF_8)) {
            bytes = new BufferedInputStream(new Utf8RepairStream(bytes, warnings::addReplaced), BUFFER);
        }
    }

    /** Bytes to tokenize and the charset to decode each field with. */
    record TokenizerInput(InputStream bytes, Charset charset) {}

    /** A byte-order mark is never data: it is skipped whatever the encoding chosen. */
    private void skipBom() throws IOException {
        bytes.mark(4);
        byte[] head = bytes.readNBytes(3);
        bytes.reset();
        bytes.skipNBytes(Encodings.bomLength(head));
    }

    private static CharsetDecoder decoder(Charset encoding) {
        CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        boolean singleByte = encoding.newEncoder().maxBytesPerChar() == 1.0f;
        return decoder.onUnmappableCharacter(singleByte ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT);
    }

    /** Bytes read from the file itself (compressed bytes for gzip). */
    long rawBytesRead() {
        return counting.count();
    }

    @Override
    public void close() {
        try {
            bytes.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
