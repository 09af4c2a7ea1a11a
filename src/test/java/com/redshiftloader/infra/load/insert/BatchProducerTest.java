package com.redshiftloader.infra.load.insert;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.InsertBatches;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.infra.load.LoadFixture;
import com.redshiftloader.infra.load.convert.StageRow;
import com.redshiftloader.infra.load.stage.ConvertedRows;
import com.redshiftloader.infra.load.stage.LoadCounters;
import com.redshiftloader.testinfra.TestProfiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements close by rows (the parameter limit) and by bytes (the statement limit); a round trip's batch holds a few
 * statements of the same size.
 */
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
    void largeValuesCloseStatementsBySizeEachInABatchOfItsOwn() throws Exception {
        String big = "x".repeat(65_535);
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < 400; i++) {
            csv.append(i).append(',').append(big).append('\n');
        }
        List<BatchProducer.Batch> batches =
                batches(csv.toString(), "text:VARCHAR(65535)", 4_000, InsertBatches.STATEMENTS_PER_ROUND_TRIP);
        assertThat(batches).hasSizeGreaterThan(2);
        assertThat(batches.stream().mapToInt(BatchProducer.Batch::rows).sum()).isEqualTo(400);
        for (BatchProducer.Batch batch : batches) {
            assertThat(batch.entries()).hasSize(1);
            long bytes = batch.entries().getFirst().stream()
                    .mapToLong(StageRow::bytes)
                    .sum();
            assertThat(bytes).isLessThan(16L * 1024 * 1024);
        }
    }

    @Test
    void aBatchHoldsUpToItsNumberOfStatementsOfTheSameSizeAndTheShorterLastOneGoesAlone() throws Exception {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 1; i <= 10_500; i++) {
            csv.append(i).append(",row ").append(i).append('\n');
        }
        List<BatchProducer.Batch> batches = batches(csv.toString(), "text:VARCHAR(20)", 1_000, 4);
        assertThat(batches).extracting(b -> b.entries().size()).containsExactly(4, 4, 2, 1);
        assertThat(batches).extracting(BatchProducer.Batch::rowsPerEntry).containsExactly(1_000, 1_000, 1_000, 500);
        List<Long> lines = batches.stream()
                .flatMap(b -> b.entries().stream())
                .flatMap(List::stream)
                .map(StageRow::line)
                .toList();
        assertThat(lines).hasSize(10_500).isSorted().doesNotHaveDuplicates();
        assertThat(lines.getFirst()).isEqualTo(2);
    }

    private List<BatchProducer.Batch> batches(String content, String textColumn, int maxRows, int maxEntries)
            throws Exception {
        Path file = LoadFixture.write(directory, "rows.csv", content);
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
        LoadPlan plan =
                LoadFixture.plan(profile, file, "t", LoadFixture.columns("id:INTEGER", textColumn), LoadMode.APPEND);
        List<BatchProducer.Batch> batches = new ArrayList<>();
        try (ConvertedRows rows = new ConvertedRows(plan, Map.of(), new LoadCounters(), Map.of());
                BatchProducer producer = new BatchProducer(rows, maxRows, InsertBatches.MAX_BATCH_BYTES, maxEntries)) {
            producer.start();
            BatchProducer.Item item;
            while ((item = producer.take()) instanceof BatchProducer.Batch batch) {
                batches.add(batch);
            }
            assertThat(item).isInstanceOf(BatchProducer.End.class);
        }
        return batches;
    }
}
