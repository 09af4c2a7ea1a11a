package com.redshiftloader.testinfra.redshift;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Helpers for the PostgreSQL v3 wire format: framing and null-terminated strings. */
final class WireMessages {

    /** Untyped first-packet codes (protocol 3.0 startup and the special requests). */
    static final int PROTOCOL_3_0 = 196608;

    static final int SSL_REQUEST = 80877103;
    static final int GSSENC_REQUEST = 80877104;
    static final int CANCEL_REQUEST = 80877102;

    /** Frontend message types the proxy looks at. */
    static final byte QUERY = 'Q';

    static final byte PARSE = 'P';
    static final byte PASSWORD = 'p';

    private WireMessages() {}

    /**
     * True when the client waits for an answer after this message, so the proxy must flush its buffer: Sync, Query,
     * Flush, password/SASL responses, CopyDone, CopyFail, FunctionCall and Terminate.
     */
    static boolean clientWaitsAfter(byte type) {
        return switch (type) {
            case 'S', 'Q', 'H', 'p', 'c', 'f', 'F', 'X' -> true;
            default -> false;
        };
    }

    /** Reads the body of an untyped packet (startup, SSLRequest, ...): int32 length including itself, then bytes. */
    static byte[] readUntyped(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 8 || length > 10_000) {
            throw new IOException("Implausible startup packet length " + length);
        }
        byte[] body = new byte[length - 4];
        in.readFully(body);
        return body;
    }

    /** Writes a typed message: type byte, int32 length (body + 4), body. */
    static void writeTyped(OutputStream out, byte type, byte[] body) throws IOException {
        int length = body.length + 4;
        out.write(new byte[] {type, (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length
        });
        out.write(body);
    }

    /** Reads a null-terminated UTF-8 string at the buffer's position and moves past the terminator. */
    static String readCString(ByteBuffer buffer) {
        int start = buffer.position();
        int end = start;
        while (buffer.get(end) != 0) {
            end++;
        }
        String value = new String(buffer.array(), buffer.arrayOffset() + start, end - start, StandardCharsets.UTF_8);
        buffer.position(end + 1);
        return value;
    }

    static void writeCString(ByteArrayOutputStream out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    /** The query text of a simple Query message body. */
    static String queryText(byte[] body) {
        return readCString(ByteBuffer.wrap(body));
    }

    /** A Query message body carrying the given text. */
    static byte[] queryBody(String sql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCString(out, sql);
        return out.toByteArray();
    }

    /** A Parse message body split into statement name, query text and the untouched parameter-type tail. */
    record Parse(String statementName, String query, byte[] parameterTypes) {

        static Parse of(byte[] body) {
            ByteBuffer buffer = ByteBuffer.wrap(body);
            String name = readCString(buffer);
            String query = readCString(buffer);
            return new Parse(name, query, Arrays.copyOfRange(body, buffer.position(), body.length));
        }

        Parse withQuery(String newQuery) {
            return new Parse(statementName, newQuery, parameterTypes);
        }

        byte[] body() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writeCString(out, statementName);
            writeCString(out, query);
            out.writeBytes(parameterTypes);
            return out.toByteArray();
        }
    }
}
