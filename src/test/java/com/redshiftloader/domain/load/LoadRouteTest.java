package com.redshiftloader.domain.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadRouteTest {

    private static final long SMALL = LoadPath.AUTO_COPY_THRESHOLD_BYTES - 1;
    private static final long LARGE = LoadPath.AUTO_COPY_THRESHOLD_BYTES;

    private static Map<String, Object> profile(String engine, boolean s3, boolean useS3Copy) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("engine", engine);
        keys.put("host", "example.redshift.amazonaws.com");
        keys.put("database", "dev");
        keys.put("user", "loader");
        keys.put("password", "secret-password");
        if (s3) {
            keys.put("use_s3_copy", useS3Copy);
            keys.put("s3_creds.bucket", "staging-bucket");
            keys.put("s3_creds.aws_region", "eu-west-1");
        }
        return keys;
    }

    private static LoadRoute route(Map<String, Object> keys, LoadPath path, long bytes) {
        LoadPlan plan = new LoadPlan(
                TestProfiles.bind(keys),
                Path.of("orders.csv"),
                SourceSettings.csv(),
                List.of(new ColumnSpec(0, "id", "id", ScalarType.BIGINT, ColumnSpec.Origin.INFERRED)),
                new TableName("public", "orders"),
                LoadMode.APPEND,
                List.of(),
                path,
                0,
                Optional.empty(),
                false,
                TableOptions.NONE);
        return LoadRoute.of(plan, bytes);
    }

    @Test
    void postgresAlwaysStreamsByCopyFromStdin() {
        for (LoadPath path : LoadPath.values()) {
            assertThat(route(profile("postgres", false, false), path, LARGE)).isEqualTo(LoadRoute.COPY_FROM_STDIN);
        }
    }

    @Test
    void autoCopiesThroughS3OnlyWhenAllowedAndTheFileIsLarge() {
        assertThat(route(profile("redshift", true, true), LoadPath.AUTO, LARGE)).isEqualTo(LoadRoute.S3_COPY);
        assertThat(route(profile("redshift", true, true), LoadPath.AUTO, SMALL)).isEqualTo(LoadRoute.MULTI_ROW_INSERT);
        assertThat(route(profile("redshift", true, false), LoadPath.AUTO, LARGE))
                .isEqualTo(LoadRoute.MULTI_ROW_INSERT);
        assertThat(route(profile("redshift", false, false), LoadPath.AUTO, LARGE))
                .isEqualTo(LoadRoute.MULTI_ROW_INSERT);
    }

    @Test
    void aForcedPathIsTakenOrRefusedWithoutStaging() {
        assertThat(route(profile("redshift", true, false), LoadPath.COPY, SMALL))
                .isEqualTo(LoadRoute.S3_COPY);
        assertThat(route(profile("redshift", false, false), LoadPath.COPY, SMALL))
                .isEqualTo(LoadRoute.COPY_WITHOUT_STAGING);
        assertThat(route(profile("redshift", true, true), LoadPath.INSERT, LARGE))
                .isEqualTo(LoadRoute.MULTI_ROW_INSERT);
    }
}
