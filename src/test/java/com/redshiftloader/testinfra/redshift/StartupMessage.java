package com.redshiftloader.testinfra.redshift;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A protocol 3.0 StartupMessage. The Redshift driver sends parameters of its own ({@code driver_version},
 * {@code plugin_name}, ...) that PostgreSQL refuses with "unrecognized configuration parameter", so the stand-in
 * keeps only an allow-list of parameters PostgreSQL understands.
 */
record StartupMessage(int protocol, Map<String, String> parameters) {

    /**
     * Startup parameters PostgreSQL accepts. {@code user}, {@code database}, {@code options} and
     * {@code replication} are protocol-level; the rest are ordinary settings a client may set at startup.
     */
    static final Set<String> ALLOWED = Set.of(
            "user",
            "database",
            "options",
            "replication",
            "application_name",
            "client_encoding",
            "DateStyle",
            "TimeZone",
            "extra_float_digits",
            "search_path",
            "IntervalStyle",
            "geqo",
            "statement_timeout",
            "lock_timeout",
            "idle_in_transaction_session_timeout");

    StartupMessage {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses the body of an untyped startup packet (after the length word). */
    static StartupMessage parse(byte[] body) {
        ByteBuffer buffer = ByteBuffer.wrap(body);
        int protocol = buffer.getInt();
        Map<String, String> parameters = new LinkedHashMap<>();
        while (buffer.hasRemaining() && buffer.get(buffer.position()) != 0) {
            String name = WireMessages.readCString(buffer);
            parameters.put(name, WireMessages.readCString(buffer));
        }
        return new StartupMessage(protocol, parameters);
    }

    /** This message without the parameters PostgreSQL would refuse. */
    StartupMessage allowedOnly() {
        Map<String, String> kept = new LinkedHashMap<>(parameters);
        kept.keySet().retainAll(ALLOWED);
        return new StartupMessage(protocol, kept);
    }

    /** The parameters {@link #allowedOnly()} drops, for logging. */
    Set<String> droppedNames() {
        Set<String> dropped = new LinkedHashSet<>(parameters.keySet());
        dropped.removeAll(ALLOWED);
        return dropped;
    }

    /** The complete packet, length word included. */
    byte[] toPacket() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ByteBuffer.allocate(4).putInt(protocol).array());
        parameters.forEach((name, value) -> {
            WireMessages.writeCString(body, name);
            WireMessages.writeCString(body, value);
        });
        body.write(0);
        return ByteBuffer.allocate(body.size() + 4)
                .putInt(body.size() + 4)
                .put(body.toByteArray())
                .array();
    }
}
