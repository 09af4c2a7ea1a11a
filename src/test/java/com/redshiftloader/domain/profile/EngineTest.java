package com.redshiftloader.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.sql.PostgresDialect;
import com.redshiftloader.domain.sql.RedshiftDialect;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void eachEngineLoadsWithItsOwnDialect() {
        assertThat(Engine.REDSHIFT.dialect()).isInstanceOf(RedshiftDialect.class);
        assertThat(Engine.POSTGRES.dialect()).isInstanceOf(PostgresDialect.class);
    }
}
