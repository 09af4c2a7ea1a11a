package com.redshiftloader.domain.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A field value still in the reader's byte buffer, seen as characters without decoding: each byte is one {@code
 * char} (exact for ASCII; a non-ASCII byte reads as a character that is never a digit, sign, quote or letter of a
 * keyword, so type inference treats the value as text, which it is). {@link #toString()} decodes it properly. The
 * full scan reads millions of values; not making a String of each is what keeps it fast. Valid only until the
 * reader moves on; mutable, not thread-safe.
 */
public final class ByteField implements CharSequence {

    private final Charset charset;
    private final boolean utf8;
    private byte[] bytes = new byte[0];
    private int offset;
    private int length;
    private boolean ascii;

    public ByteField(Charset charset) {
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
    }

    /** Points the view at other bytes. */
    public void set(byte[] newBytes, int newOffset, int newLength, boolean newAscii) {
        this.bytes = newBytes;
        this.offset = newOffset;
        this.length = newLength;
        this.ascii = newAscii;
    }

    /** Narrows the view to the characters from {@code start} (inclusive) to {@code end} (exclusive). */
    void narrow(int start, int end) {
        this.offset += start;
        this.length = end - start;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[offset + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    /** The value's length in UTF-8 bytes, as Redshift measures VARCHARs. */
    public int utf8Length() {
        if (ascii || utf8) {
            return length;
        }
        return toString().getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, ascii ? StandardCharsets.ISO_8859_1 : charset);
    }
}
