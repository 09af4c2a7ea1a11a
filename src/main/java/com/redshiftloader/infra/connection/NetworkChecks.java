package com.redshiftloader.infra.connection;

import com.redshiftloader.domain.connection.ConnectionCheck;
import com.redshiftloader.domain.connection.ConnectionFailedException;
import com.redshiftloader.domain.profile.ConnectionProfile;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The network steps: resolve the host, open a TCP connection, ask the server whether it speaks TLS. */
final class NetworkChecks {

    /** The PostgreSQL wire protocol's SSLRequest code; the server answers one byte, 'S' or 'N'. */
    private static final int SSL_REQUEST_CODE = 80_877_103;

    private NetworkChecks() {}

    static String resolveHost(TestSession session) throws ConnectionFailedException {
        String host = session.profile.host();
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            session.address = addresses[0];
            return Arrays.stream(addresses)
                    .limit(3)
                    .map(InetAddress::getHostAddress)
                    .collect(Collectors.joining(", "));
        } catch (UnknownHostException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.RESOLVE_HOST,
                    "The host name " + host + " does not resolve: DNS knows no such name.",
                    "Check host: in the profile (the endpoint from the console, without port and database); if the"
                            + " cluster is private, connect the VPN first.");
        }
    }

    static String openTcp(TestSession session) throws ConnectionFailedException {
        ConnectionProfile profile = session.profile;
        try (Socket socket = connect(session)) {
            return "connected to " + socket.getInetAddress().getHostAddress() + ":" + profile.port();
        } catch (SocketTimeoutException e) {
            throw noAnswer(ConnectionCheck.OPEN_TCP, profile);
        } catch (NoRouteToHostException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.OPEN_TCP,
                    "No route to " + profile.host() + " from this machine.",
                    "The address is not reachable from this network: check the VPN, or whether the cluster is"
                            + " publicly accessible.");
        } catch (ConnectException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.OPEN_TCP,
                    "Port " + profile.port() + " on " + profile.host() + " refused the connection: port closed.",
                    "Is the port right (Redshift listens on 5439 unless changed)? Is the cluster publicly accessible?");
        } catch (IOException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.OPEN_TCP,
                    "Could not connect to " + profile.host() + ":" + profile.port() + ": " + e.getMessage(),
                    "Check the host and port.");
        }
    }

    static String tls(TestSession session) throws ConnectionFailedException {
        ConnectionProfile profile = session.profile;
        int answer;
        try (Socket socket = connect(session)) {
            socket.setSoTimeout(timeoutMillis(profile));
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(8);
            out.writeInt(SSL_REQUEST_CODE);
            out.flush();
            InputStream in = socket.getInputStream();
            answer = in.read();
        } catch (SocketTimeoutException e) {
            throw noAnswer(ConnectionCheck.TLS, profile);
        } catch (IOException e) {
            throw new ConnectionFailedException(
                    ConnectionCheck.TLS,
                    "The connection broke while asking the server for TLS: " + e.getMessage(),
                    "Check that host and port point at Redshift or PostgreSQL.");
        }
        return switch (answer) {
            case 'S' ->
                "the server offers TLS (ssl_mode " + profile.sslMode().yamlName() + "; the certificate is checked"
                        + " at log-in)";
            case 'N' ->
                throw new ConnectionFailedException(
                        ConnectionCheck.TLS,
                        "The server does not offer TLS, but ssl_mode is "
                                + profile.sslMode().yamlName() + ".",
                        "Enable TLS on the server, or set ssl_mode: disable if this network is trusted.");
            default ->
                throw new ConnectionFailedException(
                        ConnectionCheck.TLS,
                        "The server at " + profile.host() + ":" + profile.port()
                                + " does not answer like Redshift or PostgreSQL.",
                        "Check the port: it may belong to another service.");
        };
    }

    private static Socket connect(TestSession session) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(
                    new InetSocketAddress(session.address, session.profile.port()), timeoutMillis(session.profile));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static ConnectionFailedException noAnswer(ConnectionCheck check, ConnectionProfile profile) {
        return new ConnectionFailedException(
                check,
                "No answer from " + profile.host() + ":" + profile.port() + " within "
                        + profile.connectTimeout().toSeconds() + " s.",
                "Likely a security group or firewall blocks port " + profile.port() + " from this machine: allow"
                        + " inbound TCP " + profile.port() + " from your address.");
    }

    private static int timeoutMillis(ConnectionProfile profile) {
        return (int)
                Math.min(Integer.MAX_VALUE, Math.max(1, profile.connectTimeout().toMillis()));
    }
}
