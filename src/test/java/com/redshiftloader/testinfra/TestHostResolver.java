package com.redshiftloader.testinfra;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The test JVM's host name resolver (installed by {@code META-INF/services}): the platform's, except under
 * {@value #S3_HOST}, a name in the reserved {@code .invalid} domain that no DNS answers. That name itself is the
 * loopback address, where the local S3 server listens; every name below it is unknown. So an S3 endpoint given by
 * host name whose virtual-hosted bucket names ({@code <bucket>.<host>}) do not resolve is the same on every machine,
 * whether or not its resolver answers {@code *.localhost}.
 */
public final class TestHostResolver extends InetAddressResolverProvider {

    /** The host name of the local S3 server whose subdomains resolve nowhere. */
    public static final String S3_HOST = "s3.redshift-loader-test.invalid";

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver platform = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                String name = host.toLowerCase(Locale.ROOT);
                if (name.equals(S3_HOST)) {
                    return Stream.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
                }
                if (name.endsWith("." + S3_HOST)) {
                    throw new UnknownHostException(host);
                }
                return platform.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return platform.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "redshift-loader tests: " + S3_HOST + " on the loopback address, nothing below it";
    }
}
