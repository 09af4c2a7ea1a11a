package com.redshiftloader.infra.load.s3copy;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Unique, sortable names for staging runs: {@code 20250101-120000-<8 hex>}. */
final class RunIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {}

    static String next() {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-"
                + HexFormat.of().formatHex(random);
    }
}
