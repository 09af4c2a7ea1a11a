package com.redshiftloader.ui.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.ScalarType;
import com.redshiftloader.domain.source.SourceSettings;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.sql.TableOptions;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the Load step words the plan before Start. */
class PlanSummaryTest {

    private static final ColumnSpec ID = new ColumnSpec(0, "id", "id", ScalarType.BIGINT, ColumnSpec.Origin.INFERRED);
    private static final ColumnSpec NAME =
            new ColumnSpec(1, "name", "name", ScalarType.BIGINT, ColumnSpec.Origin.INFERRED);

    private static LoadPlan plan(List<ColumnSpec> columns, int maxErrors) {
        return new LoadPlan(
                TestProfiles.bind(Map.of("engine", "postgres", "host", "localhost", "database", "dev", "user", "me")),
                Path.of("orders.csv"),
                SourceSettings.csv(),
                columns,
                new TableName("sales", "orders"),
                LoadMode.APPEND,
                List.of(),
                LoadPath.INSERT,
                maxErrors,
                Optional.empty(),
                false,
                TableOptions.NONE);
    }

    @Test
    void oneColumnAndOneRejectedRowAreSingular() {
        assertThat(PlanSummary.of(plan(List.of(ID), 1)))
                .contains("from orders.csv: 1 column, by multi-row INSERT, up to 1 row may be rejected.");
    }

    @Test
    void moreColumnsAndRowsArePlural() {
        assertThat(PlanSummary.of(plan(List.of(ID, NAME), 1_000)))
                .contains("from orders.csv: 2 columns, by multi-row INSERT, up to 1,000 rows may be rejected.");
        assertThat(PlanSummary.of(plan(List.of(ID, NAME), 0))).endsWith(", all or nothing.");
    }
}
