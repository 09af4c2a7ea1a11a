package com.redshiftloader.infra.files;

import com.redshiftloader.domain.source.ByteField;
import com.redshiftloader.domain.source.RecordVisitor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the CSV tokenizer puts the fields of a record: strings for {@code next()}, or {@link ByteField} views handed
 * to a visitor for the fast scan. Also the buffer for fields that span reads or need unescaping.
 */
final class FieldOutput {

    private static final int SHRINK_ABOVE = 1 << 18;

    private final Charset charset;
    private final boolean utf8;
    private final int maxField;
    private final ByteField field;
    private RecordVisitor visitor;
    private String[] fields = new String[16];
    private int count;
    private byte[] spill = new byte[256];
    private int spilled;

    FieldOutput(Charset charset, int maxField) {
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.maxField = maxField;
        this.field = new ByteField(charset);
    }

    /** Starts a record for a visitor, or for strings when the visitor is null. */
    void startRecord(RecordVisitor target, long line) {
        visitor = target;
        count = 0;
        if (visitor != null) {
            visitor.begin(line);
        }
    }

    int count() {
        return count;
    }

    String[] strings() {
        return Arrays.copyOf(fields, count);
    }

    /**
     * Outputs one field.
     *
     * @return false when the bytes are not valid UTF-8 (under UTF-8); the caller reports where
     */
    boolean emit(byte[] bytes, int offset, int length, boolean ascii) {
        if (!ascii && utf8 && !Encodings.isUtf8(bytes, offset, length)) {
            return false;
        }
        if (visitor != null) {
            field.set(bytes, offset, length, ascii);
            visitor.field(count++, field);
            return true;
        }
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = new String(bytes, offset, length, ascii ? StandardCharsets.ISO_8859_1 : charset);
        return true;
    }

    void clearSpill() {
        spilled = 0;
    }

    /** The kept bytes so far: the first {@link #spilled()} of the array (valid until the next spill). */
    byte[] spillBytes() {
        return spill;
    }

    int spilled() {
        return spilled;
    }

    boolean hasSpill() {
        return spilled > 0;
    }

    /**
     * Keeps bytes of a field that spans reads or needs unescaping.
     *
     * @return false when the field would exceed the largest size accepted
     */
    boolean spill(byte[] source, int from, int to) {
        int length = to - from;
        if (length <= 0) {
            return true;
        }
        if (spilled + length > maxField) {
            return false;
        }
        if (spilled + length > spill.length) {
            spill = Arrays.copyOf(spill, Math.max(spill.length * 2, spilled + length));
        }
        System.arraycopy(source, from, spill, spilled, length);
        spilled += length;
        return true;
    }

    /** Outputs the kept bytes as one field; false when they are not valid UTF-8. */
    boolean emitSpill() {
        boolean ascii = true;
        for (int i = 0; i < spilled; i++) {
            if (spill[i] < 0) {
                ascii = false;
                break;
            }
        }
        boolean valid = emit(spill, 0, spilled, ascii);
        if (spill.length > SHRINK_ABOVE) {
            spill = new byte[256];
        }
        return valid;
    }
}
