package com.redshiftloader.infra.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.InsertBatches;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches close by rows (the parameter limit) and by bytes (the statement limit). */
class BatchProducerTest {

    @TempDir
    Path directory;

    @Test
    void rowsPerStatementStayUnderTheParameterLimit() {
        assertThat(InsertBatches.rowsPerStatement(1_500)).isEqualTo(21);
        assertThat(InsertBatches.rowsPerStatement(1_500) * 1_501).isLessThan(32_767);
        assertThat(InsertBatches.rowsPerStatement(7)).isEqualTo(InsertBatches.MAX_ROWS);
        assertThat(InsertBatches.rowsPerStatement(40_000)).isOne();
    }

    @Test
    void largeValuesCloseBatchesBySize() throws Exception {
        String big = "x".repeat(65_535);
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < 400; i++) {
            csv.append(i).append(',').append(big).append('\n');
        }
        Path file = LoadFixture.write(directory, "big.csv", csv.toString());
        ConnectionProfile profile = TestProfiles.bind(Map.of(
                "engine",
                "postgres",
                "host",
                "localhost",
                "database",
                "d",
                "user",
                "u",
                "password",
                "p",
                "schema",
                "public"));
        LoadPlan plan = LoadFixture.plan(
                profile, file, "t", LoadFixture.columns("id:INTEGER", "text:VARCHAR(65535)"), LoadMode.APPEND);
        List<BatchProducer.Batch> batches = new ArrayList<>();
        try (ConvertedRows rows = new ConvertedRows(plan, Map.of(), new LoadCounters(), Map.of());
                BatchProducer producer = new BatchProducer(rows, 4_000, InsertBatches.MAX_BATCH_BYTES)) {
            producer.start();
            BatchProducer.Item item;
            while ((item = producer.take()) instanceof BatchProducer.Batch batch) {
                batches.add(batch);
            }
            assertThat(item).isInstanceOf(BatchProducer.End.class);
        }
        assertThat(batches).hasSizeGreaterThan(2);
        assertThat(batches.stream().mapToInt(b -> b.rows().size()).sum()).isEqualTo(400);
        for (BatchProducer.Batch batch : batches) {
            long bytes = batch.rows().stream().mapToLong(StageRow::bytes).sum();
            assertThat(bytes).isLessThan(16L * 1024 * 1024);
        }
    }
}
