package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.EncodingEvidence.BytePlace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * UTF-8 bytes with each bad sequence replaced by U+FFFD (EF BF BD), each one reported with its line and byte, so that
 * the readers downstream only ever see valid UTF-8. Also finds the first bad byte of a file for messages.
 */
final class Utf8RepairStream extends InputStream {

    /** Told about each bad sequence as it is replaced. */
    interface Listener {
        void replaced(BytePlace place);
    }

    private static final int CHUNK = 1 << 16;
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final InputStream in;
    private final Listener listener;
    private final byte[] raw = new byte[CHUNK];
    private final byte[] out = new byte[CHUNK * 3];
    private int rawLength;
    private int outPosition;
    private int outLength;
    private boolean eof;
    private long consumed;
    private long line = 1;
    private long lineStart;

    Utf8RepairStream(InputStream in, Listener listener) {
        this.in = in;
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (outPosition == outLength) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(length, outLength - outPosition);
        System.arraycopy(out, outPosition, target, offset, n);
        outPosition += n;
        return n;
    }

    private boolean refill() throws IOException {
        if (eof && rawLength == 0) {
            return false;
        }
        if (!eof) {
            int n = in.read(raw, rawLength, CHUNK - rawLength);
            if (n < 0) {
                eof = true;
            } else {
                rawLength += n;
            }
        }
        outPosition = 0;
        outLength = 0;
        int i = 0;
        while (i < rawLength) {
            byte b = raw[i];
            if (b >= 0) { // ASCII, most bytes: copied without the sequence check
                if (b == '\n') {
                    line++;
                    lineStart = consumed + i + 1;
                }
                out[outLength++] = b;
                i++;
                continue;
            }
            int found = Encodings.sequence(raw, i, rawLength);
            if (found == Encodings.INCOMPLETE) {
                if (!eof) {
                    break; // the rest of the sequence comes with the next read
                }
                found = -(rawLength - i);
            }
            if (found > 0) {
                System.arraycopy(raw, i, out, outLength, found); // a multi-byte character: no line break in it
                outLength += found;
                i += found;
            } else {
                listener.replaced(new BytePlace(line, consumed + i - lineStart + 1, raw[i] & 0xFF));
                System.arraycopy(REPLACEMENT, 0, out, outLength, REPLACEMENT.length);
                outLength += REPLACEMENT.length;
                i -= found;
            }
        }
        System.arraycopy(raw, i, raw, 0, rawLength - i);
        rawLength -= i;
        consumed += i;
        return true;
    }

    /** Where the first bad UTF-8 byte of the file is, if any (the file read again from the start: for messages). */
    static Optional<BytePlace> firstBad(Path file) {
        final class Found extends RuntimeException {
            final transient BytePlace place;

            Found(BytePlace place) {
                super(null, null, false, false);
                this.place = place;
            }
        }
        try (SourceStreams streams = SourceStreams.open(file, SourceSample.isGzip(file));
                InputStream repaired = new Utf8RepairStream(streams.bytes(), place -> {
                    throw new Found(place);
                })) {
            while (repaired.read(new byte[CHUNK]) >= 0) {
                // read to the end: the listener stops at the first bad byte
            }
            return Optional.empty();
        } catch (Found found) {
            return Optional.of(found.place);
        } catch (IOException | RuntimeException e) {
            // Only a message needs the place: one that cannot be found leaves the reader's own line in it.
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
