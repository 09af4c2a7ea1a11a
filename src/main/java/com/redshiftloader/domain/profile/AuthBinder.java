package com.redshiftloader.domain.profile;

import java.util.List;
import java.util.Optional;

/** Decides between password and IAM login and checks that the chosen one is complete. */
final class AuthBinder {

    private static final List<ProfileKey> IAM_KEYS = List.of(
            ProfileKey.CLUSTER_IDENTIFIER,
            ProfileKey.WORKGROUP,
            ProfileKey.DB_USER,
            ProfileKey.ACCESS_KEY_ID,
            ProfileKey.SECRET_ACCESS_KEY,
            ProfileKey.SESSION_TOKEN,
            ProfileKey.AWS_PROFILE);

    private final ProfileValues values;
    private final Optional<String> region;

    AuthBinder(ProfileValues values, Optional<String> region) {
        this.values = values;
        this.region = region;
    }

    AuthMethod bind() {
        Optional<String> auth = values.text(ProfileKey.AUTH);
        boolean iam =
                auth.map(a -> a.equals("iam")).orElseGet(() -> IAM_KEYS.stream().anyMatch(values::has));
        if (auth.isPresent() && !auth.get().equals("iam") && !auth.get().equals("password")) {
            values.problem(ProfileKey.AUTH, "must be password or iam; found \"" + auth.get() + "\"");
        }
        return iam ? iam() : password();
    }

    private AuthMethod password() {
        Optional<String> user = values.text(ProfileKey.USER);
        if (user.isEmpty()) {
            values.problem(
                    ProfileKey.USER, "is required for password login (or fill in the IAM keys to log in with IAM)");
        }
        return new AuthMethod.Password(user.orElse(""), values.secret(ProfileKey.PASSWORD));
    }

    private AuthMethod iam() {
        Optional<String> cluster = values.text(ProfileKey.CLUSTER_IDENTIFIER);
        Optional<String> workgroup = values.text(ProfileKey.WORKGROUP);
        Optional<String> dbUser = values.text(ProfileKey.DB_USER);
        if (cluster.isPresent() && workgroup.isPresent()) {
            values.problem(
                    ProfileKey.WORKGROUP,
                    "give cluster_identifier for a provisioned cluster or workgroup for Redshift Serverless, not both");
        } else if (cluster.isEmpty() && workgroup.isEmpty()) {
            values.problem(
                    ProfileKey.CLUSTER_IDENTIFIER,
                    "IAM login needs cluster_identifier (provisioned cluster) or workgroup (Redshift Serverless)");
        }
        if (cluster.isPresent() && dbUser.isEmpty()) {
            values.problem(ProfileKey.DB_USER, "IAM login to a cluster needs db_user, the database user to log in as");
        }
        if (region.isEmpty()) {
            values.problem(ProfileKey.REGION, "IAM login needs the cluster's AWS region, e.g. us-west-2");
        }
        return new AuthMethod.Iam(
                credentials(),
                cluster,
                workgroup,
                dbUser,
                values.bool(ProfileKey.AUTO_CREATE, false),
                values.list(ProfileKey.DB_GROUPS));
    }

    private AwsCredentialsSource credentials() {
        Optional<String> keyId = values.text(ProfileKey.ACCESS_KEY_ID);
        Optional<Secret> secret = values.secret(ProfileKey.SECRET_ACCESS_KEY);
        Optional<Secret> token = values.secret(ProfileKey.SESSION_TOKEN);
        Optional<String> awsProfile = values.text(ProfileKey.AWS_PROFILE);
        if (keyId.isPresent() != secret.isPresent()) {
            ProfileKey missing = keyId.isPresent() ? ProfileKey.SECRET_ACCESS_KEY : ProfileKey.ACCESS_KEY_ID;
            values.problem(missing, "access_key_id and secret_access_key go together; fill in both or neither");
        }
        if (token.isPresent() && keyId.isEmpty()) {
            values.problem(ProfileKey.SESSION_TOKEN, "a session_token needs access_key_id and secret_access_key");
        }
        if (awsProfile.isPresent() && keyId.isPresent()) {
            values.problem(ProfileKey.AWS_PROFILE, "give either aws_profile or access keys, not both");
        }
        if (keyId.isPresent() && secret.isPresent()) {
            return new AwsCredentialsSource.AccessKeys(keyId.get(), secret.get(), token);
        }
        return awsProfile
                .<AwsCredentialsSource>map(AwsCredentialsSource.NamedProfile::new)
                .orElseGet(AwsCredentialsSource.DefaultChain::new);
    }
}
