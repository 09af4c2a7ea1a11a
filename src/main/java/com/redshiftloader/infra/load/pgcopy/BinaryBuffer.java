package com.redshiftloader.infra.load.pgcopy;

import java.util.Arrays;

/**
 * The growing byte buffer a {@link BinaryColumn} writes a value's binary form into, big-endian as PostgreSQL's COPY
 * wants it. {@link BinaryTuples} adds the records and the chunking around it.
 */
abstract sealed class BinaryBuffer permits BinaryTuples {

    protected byte[] buffer;
    protected int size;

    BinaryBuffer(int capacity) {
        buffer = new byte[capacity];
    }

    void putByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    void putShort(int value) {
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    void putInt(int value) {
        ensure(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    void put(byte[] bytes, int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, buffer, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
