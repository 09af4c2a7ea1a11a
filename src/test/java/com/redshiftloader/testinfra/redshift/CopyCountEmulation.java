package com.redshiftloader.testinfra.redshift;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redshift's {@code pg_last_copy_count()}, which PostgreSQL lacks: the stand-in notes the row count of each COPY's
 * command tag ({@code COPY n}) as it passes from PostgreSQL to the client, and replaces calls of the function in the
 * client's later statements with that count (-1 before the connection's first COPY). The count is noted before the
 * tag reaches the client, so a call the client sends after its COPY always sees it.
 */
final class CopyCountEmulation {

    private static final Pattern CALL = Pattern.compile("(?i)\\bpg_last_copy_count\\s*\\(\\s*\\)");

    private volatile long last = -1;

    /** Looks at a CommandComplete message body from PostgreSQL. */
    void commandComplete(byte[] body) {
        String tag = WireMessages.readCString(ByteBuffer.wrap(body));
        if (tag.toUpperCase(Locale.ROOT).startsWith("COPY ")) {
            last = Long.parseLong(tag.substring(5).trim());
        }
    }

    /** The statement with the function's calls replaced by the count, or empty when it calls none. */
    Optional<String> rewrite(String sql) {
        Matcher call = CALL.matcher(sql);
        return call.find() ? Optional.of(call.replaceAll("CAST(" + last + " AS BIGINT)")) : Optional.empty();
    }
}
