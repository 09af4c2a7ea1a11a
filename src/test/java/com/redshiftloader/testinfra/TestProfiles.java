package com.redshiftloader.testinfra;

import com.redshiftloader.domain.profile.BindResult;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.testinfra.iam.RedshiftApiServer;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Profiles for tests, built from Mage-style keys by the real {@link ProfileBinder}. */
public final class TestProfiles {

    private TestProfiles() {}

    /** The keys of a password profile for the stand-in (Redshift driver, no TLS, 5 s timeout); add or replace keys. */
    public static Map<String, Object> standIn(RedshiftStandIn standIn) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("engine", "redshift");
        keys.put("host", "127.0.0.1");
        keys.put("port", standIn.port());
        keys.put("database", standIn.database().name());
        keys.put("user", standIn.database().user());
        keys.put("password", standIn.database().password());
        keys.put("ssl_mode", "disable");
        keys.put("connect_timeout", 5);
        keys.put("schema", "public");
        return keys;
    }

    /** The keys of a password profile straight to the embedded PostgreSQL (pgjdbc). */
    public static Map<String, Object> postgres(TestDatabase database) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("engine", "postgres");
        keys.put("host", "127.0.0.1");
        keys.put("port", database.server().port());
        keys.put("database", database.name());
        keys.put("user", database.user());
        keys.put("password", database.password());
        keys.put("ssl_mode", "disable");
        keys.put("connect_timeout", 5);
        keys.put("schema", "public");
        return keys;
    }

    /** Binds the keys, failing the test if they do not make a valid profile. */
    public static ConnectionProfile bind(Map<String, Object> keys) {
        return switch (new ProfileBinder(type -> Optional.empty()).bind("test", keys)) {
            case BindResult.Valid valid -> valid.profile();
            case BindResult.Invalid invalid -> throw new IllegalArgumentException("Invalid test profile: " + invalid);
        };
    }

    /** IAM login keys for the stand-in through the local Redshift API (provisioned cluster, auto-created user). */
    public static Map<String, Object> iam(RedshiftStandIn standIn) {
        Map<String, Object> keys = standIn(standIn);
        keys.remove("user");
        keys.remove("password");
        keys.put("region", RedshiftApiServer.REGION);
        keys.put("access_key_id", RedshiftApiServer.ACCESS_KEY_ID);
        keys.put("secret_access_key", RedshiftApiServer.SECRET_ACCESS_KEY);
        keys.put("cluster_identifier", RedshiftApiServer.CLUSTER);
        keys.put("db_user", "awsuser");
        keys.put("auto_create", true);
        return keys;
    }
}
