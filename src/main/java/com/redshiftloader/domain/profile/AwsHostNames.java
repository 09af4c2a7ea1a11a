package com.redshiftloader.domain.profile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the host names of Redshift endpoints tell: the region, and whether it is Serverless. */
final class AwsHostNames {

    private static final Pattern REDSHIFT_HOST = Pattern.compile(
            "^[^.]+\\.[^.]+\\.([a-z]{2}(?:-[a-z]+)+-\\d)\\.redshift(-serverless)?\\.amazonaws\\.com(\\.cn)?$");

    private AwsHostNames() {}

    /** The region in {@code cluster.abc123.us-west-2.redshift.amazonaws.com}. */
    static Optional<String> region(String host) {
        Matcher matcher = REDSHIFT_HOST.matcher(host == null ? "" : host.toLowerCase(java.util.Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
