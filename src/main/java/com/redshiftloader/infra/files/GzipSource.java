package com.redshiftloader.infra.files;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A gzip file's decompressed bytes. The JDK reports a file cut short as an {@link EOFException} with no message (or
 * "Unexpected end of ZLIB input stream") and a damaged one as a {@link ZipException} in zlib's words; here both
 * become a {@link DamagedGzipException} that says at which compressed byte and what to do, so every reader of a
 * {@code .gz} (the scan, the loaders, the binary COPY) reports it the same way.
 */
public final class GzipSource extends FilterInputStream {

    private static final int BUFFER = 1 << 16;

    private final InputStream compressed;
    private final LongSupplier compressedRead;

    private GzipSource(InputStream decompressed, InputStream compressed, LongSupplier compressedRead) {
        super(decompressed);
        this.compressed = compressed;
        this.compressedRead = compressedRead;
    }

    /**
     * @param compressed the file's bytes
     * @param compressedRead how many of them were read so far (named in messages)
     */
    public static InputStream open(InputStream compressed, LongSupplier compressedRead) throws IOException {
        try {
            return new GzipSource(new GZIPInputStream(compressed, BUFFER), compressed, compressedRead);
        } catch (EOFException | ZipException e) {
            throw damaged(e, compressedRead.getAsLong());
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (EOFException | ZipException e) {
            throw damaged(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (EOFException | ZipException e) {
            throw damaged(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (EOFException | ZipException e) {
            throw damaged(e);
        }
    }

    /** A file cut short is named by its length: what is left of it after the inflater's read-ahead is skipped. */
    private DamagedGzipException damaged(IOException e) {
        if (e instanceof EOFException) {
            try {
                compressed.transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the length read so far is still where the damage was found
            }
        }
        return damaged(e, compressedRead.getAsLong());
    }

    private static DamagedGzipException damaged(IOException e, long at) {
        String where = String.format(Locale.ROOT, "%,d", at);
        if (e instanceof EOFException) {
            return new DamagedGzipException(
                    "the compressed file ends early at byte " + where
                            + ": the file was cut short (an interrupted download or copy). Copy it again.",
                    e);
        }
        return new DamagedGzipException(
                "the compressed data is damaged near byte " + where + " (" + e.getMessage()
                        + "): the file was corrupted in transfer or on disk, or it is not a gzip file. Copy it again.",
                e);
    }

    /** A gzip file that is cut short or damaged; the message says where and what to do, without the file's name. */
    public static final class DamagedGzipException extends IOException {
        DamagedGzipException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
