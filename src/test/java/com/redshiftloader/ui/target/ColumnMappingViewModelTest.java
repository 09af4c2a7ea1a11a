package com.redshiftloader.ui.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.schema.ColumnSpec;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.sql.TableName;
import com.redshiftloader.domain.target.TableShape;
import com.redshiftloader.infra.aws.RedshiftCredentialsProvider;
import com.redshiftloader.infra.jdbc.JdbcConnector;
import com.redshiftloader.infra.load.target.JdbcTargetCatalog;
import com.redshiftloader.ui.task.DirectBackgroundTasks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Mapping the file's columns onto an existing table, without a window or a database (no plan is given, so no fit
 * check runs): matching by name ignoring case, skip, "will be added", "NULL / default".
 */
class ColumnMappingViewModelTest {

    private static final TableShape ORDERS = new TableShape(
            new TableName("public", "orders"),
            List.of(
                    new TableShape.Column("customer", "character varying(100)"),
                    new TableShape.Column("ORDER_ID", "bigint"),
                    new TableShape.Column("amount", "numeric(12,2)"),
                    new TableShape.Column("notes", "integer")),
            OptionalLong.of(1204));

    private final ColumnMappingViewModel mapping = new ColumnMappingViewModel(
            new JdbcTargetCatalog(() -> new JdbcConnector(
                    new RedshiftCredentialsProvider(name -> Optional.empty()), name -> Optional.empty())),
            new DirectBackgroundTasks(),
            columns -> Optional.empty(),
            Map::of);

    private static List<ColumnSpec> fileColumns() {
        return List.of(
                column(0, "order_id", "INTEGER"),
                column(1, "customer", "VARCHAR(40)"),
                column(2, "zip", "VARCHAR(5)"),
                column(3, "notes", "VARCHAR(60)"));
    }

    private static ColumnSpec column(int position, String name, String type) {
        return new ColumnSpec(position, name, name, RedshiftTypeParser.parse(type), ColumnSpec.Origin.INFERRED);
    }

    private List<String> rowsAsText() {
        return mapping.rows().stream()
                .map(row -> row.source() + " → " + row.targetProperty().get() + " : "
                        + row.statusProperty().get())
                .toList();
    }

    @Test
    void matchesByNameIgnoringCaseAddsTheRestAndTheTablesOtherColumnsLoadAsNull() {
        mapping.map(fileColumns(), ORDERS);

        assertThat(rowsAsText())
                .containsExactly(
                        "order_id → ORDER_ID : ",
                        "customer → customer : ",
                        "zip → " + MappingRow.ADD + " : will be added",
                        "notes → notes : ",
                        " → amount : NULL / default: not in the file");
        assertThat(mapping.choices())
                .containsExactly("customer", "ORDER_ID", "amount", "notes", MappingRow.ADD, MappingRow.SKIP);
        assertThat(mapping.mappedColumns())
                .extracting(ColumnSpec::source, ColumnSpec::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("order_id", "ORDER_ID"),
                        org.assertj.core.groups.Tuple.tuple("customer", "customer"),
                        org.assertj.core.groups.Tuple.tuple("zip", "zip"),
                        org.assertj.core.groups.Tuple.tuple("notes", "notes"));
        assertThat(mapping.renames()).isEqualTo(Map.of("order_id", "ORDER_ID"));
        assertThat(mapping.addedColumns()).extracting(ColumnSpec::name).containsExactly("zip");
        assertThat(mapping.rows().get(0).tableTypeProperty().get()).isEqualTo("bigint");
    }

    @Test
    void aSkippedColumnIsLeftOutAndItsTableColumnLoadsAsNull() {
        mapping.map(fileColumns(), ORDERS);
        mapping.rows().get(3).targetProperty().set(MappingRow.SKIP);

        assertThat(rowsAsText())
                .contains("notes → (skip) : skipped: not loaded")
                .contains(" → notes : NULL / default: not in the file", " → amount : NULL / default: not in the file");
        assertThat(mapping.mappedColumns()).extracting(ColumnSpec::name).doesNotContain("notes");
        assertThat(mapping.skipped()).containsExactly("notes");
    }

    @Test
    void aColumnMappedByHandGoesToTheChosenTableColumn() {
        mapping.map(fileColumns(), ORDERS);
        mapping.rows().get(2).targetProperty().set("amount");

        assertThat(rowsAsText()).contains("zip → amount : ").noneMatch(line -> line.contains("→ amount : NULL"));
        assertThat(mapping.renames()).containsEntry("zip", "amount");
        assertThat(mapping.addedColumns()).isEmpty();

        mapping.rows().get(1).targetProperty().set("amount");
        assertThat(mapping.problemProperty().get())
                .isEqualTo("Two file columns go to amount: map or skip one of them.");
    }

    @Test
    void mappingAgainOntoTheSameTableKeepsTheUsersChoices() {
        mapping.map(fileColumns(), ORDERS);
        mapping.rows().get(2).targetProperty().set(MappingRow.SKIP);

        mapping.map(fileColumns(), ORDERS);

        assertThat(mapping.rows().get(2).targetProperty().get()).isEqualTo(MappingRow.SKIP);
        mapping.clear();
        assertThat(mapping.rows()).isEmpty();
        assertThat(mapping.mappedColumns()).isEmpty();
    }
}
