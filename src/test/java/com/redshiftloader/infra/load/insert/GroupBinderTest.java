package com.redshiftloader.infra.load.insert;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.execute;
import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.sql.RedshiftDialect;
import com.redshiftloader.infra.load.LoadFixture;
import com.redshiftloader.infra.load.convert.StageRow;
import com.redshiftloader.infra.load.stage.FillTable;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statement a batch is bound to is never the one the previous batch runs on, and a batch of another size gets a
 * statement of its own, closed once it ran; through the real Redshift driver.
 */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class GroupBinderTest {

    private final RedshiftStandIn standIn;

    GroupBinderTest(RedshiftStandIn standIn) {
        this.standIn = standIn;
    }

    @Test
    void fullSizeBatchesAlternateBetweenTwoStatementsAndAShorterOneHasItsOwn() throws Exception {
        try (Connection connection = standIn.connect()) {
            execute(connection, "CREATE TABLE bound (id BIGINT, name VARCHAR(8))");
            connection.setAutoCommit(false);
            List<GroupBinder.Bound> bound = new ArrayList<>();
            try (StageInserter inserter = new StageInserter(
                            connection,
                            new RedshiftDialect(),
                            new FillTable("bound", false),
                            columns("id:BIGINT", "name:VARCHAR(8)"));
                    GroupBinder binder = new GroupBinder(inserter, 3)) {
                long line = 1;
                GroupBinder.Bound running = null;
                for (int[] sizes : new int[][] {{3, 3}, {3}, {3, 3, 3}, {2}, {3}}) {
                    List<List<StageRow>> entries = new ArrayList<>();
                    for (int size : sizes) {
                        List<StageRow> entry = new ArrayList<>();
                        for (int r = 0; r < size; r++, line++) {
                            entry.add(new StageRow(line, new Object[] {line, "n" + line}, 8));
                        }
                        entries.add(entry);
                    }
                    GroupBinder.Bound next = binder.bind(new BatchProducer.Batch(entries, 0));
                    if (running != null) {
                        assertThat(next.statement()).isNotSameAs(running.statement());
                        binder.execute(running);
                    }
                    bound.add(next);
                    running = next;
                }
                binder.execute(running);

                assertThat(bound.get(2).statement()).isSameAs(bound.get(0).statement());
                assertThat(bound.get(1).statement()).isNotSameAs(bound.get(0).statement());
                assertThat(bound.get(4).statement()).isSameAs(bound.get(1).statement());
                assertThat(bound.get(3).statement().isClosed()).isTrue();
                assertThat(bound.get(0).statement().isClosed()).isFalse();
            }
            assertThat(LoadFixture.rows(connection, "SELECT count(*), count(DISTINCT id), max(id) FROM bound"))
                    .containsExactly(List.of("23", "23", "23"));
            connection.rollback();
        }
    }
}
