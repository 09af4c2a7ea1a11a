package com.redshiftloader.testinfra.redshift;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays one client connection to its own backend connection. Client to backend is parsed message by message (to
 * filter the startup packet, rewrite S3 COPY statements and count messages for fault injection); backend to client
 * is a plain byte pump.
 */
final class ProxyConnection implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyConnection.class);
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int COMMAND_COMPLETE = 'C';

    private final Socket client;
    private final InetSocketAddress backendAddress;
    private final CopyEmulator copyEmulator;
    private final int dropAfterMessages;
    private final Consumer<ProxyConnection> onClose;
    private final Socket backend = new Socket();
    private final CopyCountEmulation copyCounts = new CopyCountEmulation();

    /**
     * @param dropAfterMessages forward this many client messages after authentication, then cut both sockets when
     *     the next one arrives; negative for never
     */
    ProxyConnection(
            Socket client,
            InetSocketAddress backendAddress,
            CopyEmulator copyEmulator,
            int dropAfterMessages,
            Consumer<ProxyConnection> onClose) {
        this.client = client;
        this.backendAddress = backendAddress;
        this.copyEmulator = copyEmulator;
        this.dropAfterMessages = dropAfterMessages;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (CopyEmulator.Session copies = copyEmulator.openSession()) {
            client.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream(), BUFFER_SIZE));
            StartupMessage startup = negotiate(in, client.getOutputStream());
            if (startup != null) {
                connectBackend();
                OutputStream toBackend = new BufferedOutputStream(backend.getOutputStream(), BUFFER_SIZE);
                toBackend.write(startup.allowedOnly().toPacket());
                toBackend.flush();
                Thread.ofVirtual().name("standin-pump-" + client.getPort()).start(this::pumpBackendToClient);
                relayClientMessages(in, toBackend, copies);
            }
        } catch (EOFException | SocketException e) {
            LOG.debug("Connection from port {} ended: {}", client.getPort(), e.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Stand-in connection from port {} failed", client.getPort(), e);
        } finally {
            close();
            onClose.accept(this);
        }
    }

    /** Answers SSL/GSS encryption requests with 'N' until the real startup packet (or a cancel request) arrives. */
    private StartupMessage negotiate(DataInputStream in, OutputStream toClient) throws IOException {
        while (true) {
            byte[] body = WireMessages.readUntyped(in);
            int code = ByteBuffer.wrap(body).getInt();
            switch (code) {
                case WireMessages.SSL_REQUEST, WireMessages.GSSENC_REQUEST -> {
                    toClient.write('N');
                    toClient.flush();
                }
                case WireMessages.CANCEL_REQUEST -> {
                    forwardCancel(body);
                    return null;
                }
                case WireMessages.PROTOCOL_3_0 -> {
                    StartupMessage startup = StartupMessage.parse(body);
                    LOG.debug("Startup parameters {}; dropping {}", startup.parameters(), startup.droppedNames());
                    return startup;
                }
                default -> throw new IOException("Unsupported startup code " + code);
            }
        }
    }

    private void forwardCancel(byte[] body) throws IOException {
        connectBackend();
        OutputStream out = backend.getOutputStream();
        out.write(ByteBuffer.allocate(body.length + 4)
                .putInt(body.length + 4)
                .put(body)
                .array());
        out.flush();
    }

    private void connectBackend() throws IOException {
        backend.setTcpNoDelay(true);
        backend.connect(backendAddress, 10_000);
    }

    private void relayClientMessages(DataInputStream in, OutputStream toBackend, CopyEmulator.Session copies)
            throws IOException {
        int counted = 0;
        int type;
        while ((type = in.read()) >= 0) {
            byte[] body = new byte[in.readInt() - 4];
            in.readFully(body);
            if (type != WireMessages.PASSWORD && dropAfterMessages >= 0 && counted++ >= dropAfterMessages) {
                LOG.info(
                        "Fault injection: dropping connection from port {} after {} messages",
                        client.getPort(),
                        counted - 1);
                toBackend.flush();
                abort();
                return;
            }
            byte[] forwarded = rewrite((byte) type, body, sql -> emulate(sql, copies));
            WireMessages.writeTyped(toBackend, (byte) type, forwarded);
            if (WireMessages.clientWaitsAfter((byte) type)) {
                toBackend.flush();
            }
        }
        toBackend.flush();
    }

    /**
     * Replaces S3 COPY statements in Query and Parse messages and drops Redshift's table options from CREATE TABLE;
     * everything else passes through unchanged.
     */
    private static byte[] rewrite(byte type, byte[] body, Function<String, Optional<String>> emulate) {
        if (type == WireMessages.QUERY) {
            String sql = WireMessages.queryText(body);
            return emulate.apply(sql).map(WireMessages::queryBody).orElse(body);
        }
        if (type == WireMessages.PARSE) {
            WireMessages.Parse parse = WireMessages.Parse.of(body);
            return emulate.apply(parse.query())
                    .map(sql -> parse.withQuery(sql).body())
                    .orElse(body);
        }
        return body;
    }

    private Optional<String> emulate(String sql, CopyEmulator.Session copies) {
        return TableOptionsEmulation.strip(sql).or(() -> copies.rewrite(sql)).or(() -> copyCounts.rewrite(sql));
    }

    /** Relays PostgreSQL's messages one by one (to note COPY counts), flushing whenever no more are waiting. */
    private void pumpBackendToClient() {
        try (DataInputStream fromBackend =
                new DataInputStream(new BufferedInputStream(backend.getInputStream(), BUFFER_SIZE))) {
            OutputStream toClient = new BufferedOutputStream(client.getOutputStream(), BUFFER_SIZE);
            int type;
            while ((type = fromBackend.read()) >= 0) {
                byte[] body = new byte[fromBackend.readInt() - 4];
                fromBackend.readFully(body);
                if (type == COMMAND_COMPLETE) {
                    copyCounts.commandComplete(body);
                }
                WireMessages.writeTyped(toClient, (byte) type, body);
                if (fromBackend.available() == 0) {
                    toClient.flush();
                }
            }
            toClient.flush();
        } catch (IOException e) {
            LOG.debug("Backend pump for port {} ended: {}", client.getPort(), e.toString());
        } finally {
            close();
        }
    }

    /**
     * Cuts the client off with a TCP reset, as a network failure would. The backend side is closed normally so that
     * PostgreSQL still reads what was already forwarded, then sees end of stream and rolls back.
     */
    void abort() {
        try {
            client.setSoLinger(true, 0);
        } catch (SocketException e) {
            LOG.debug("Could not set SO_LINGER: {}", e.toString());
        }
        close();
    }

    void close() {
        closeQuietly(client);
        closeQuietly(backend);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Close failed: {}", e.toString());
        }
    }
}
