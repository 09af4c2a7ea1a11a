package com.redshiftloader.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.schema.inference.ColumnAccumulatorTest;
import com.redshiftloader.domain.schema.inference.ColumnInference;
import com.redshiftloader.domain.schema.types.InvalidTypeException;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.schema.types.TypeCategory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaResolverTest {

    private final List<ColumnInference> columns = List.of(
            ColumnAccumulatorTest.infer("hello"),
            ColumnAccumulatorTest.infer("{\"a\":1}"),
            ColumnAccumulatorTest.infer("1.5"),
            ColumnAccumulatorTest.infer("7"));

    @Test
    void typeMappingReplacesACategoryAndOverridesWin() {
        TypeMapping mapping = TypeMapping.parse(Map.of("string", "VARCHAR(1000)", "number", "float8"));
        List<ColumnSpec> specs = SchemaResolver.resolve(
                renamed(columns), mapping, Map.of("d", RedshiftTypeParser.parse("bigint")), true);
        assertThat(specs)
                .extracting(spec -> spec.type().sql())
                .containsExactly("VARCHAR(1000)", "SUPER", "DOUBLE PRECISION", "BIGINT");
        assertThat(specs)
                .extracting(ColumnSpec::origin)
                .containsExactly(
                        ColumnSpec.Origin.TYPE_MAPPING,
                        ColumnSpec.Origin.INFERRED,
                        ColumnSpec.Origin.TYPE_MAPPING,
                        ColumnSpec.Origin.OVERRIDE);
    }

    @Test
    void objectMappingAppliesToJsonObjects() {
        TypeMapping mapping = TypeMapping.parse(Map.of("object", "varchar(max)"));
        assertThat(mapping.apply(columns.get(1))).isEqualTo(new RedshiftType.Varchar(65_535));
        assertThat(mapping.typeFor(TypeCategory.ARRAY)).isEmpty();
    }

    @Test
    void unknownMappingKeysAreRejected() {
        assertThatThrownBy(() -> TypeMapping.parse(Map.of("strng", "text")))
                .isInstanceOf(InvalidTypeException.class)
                .hasMessageContaining("strng");
    }

    private static List<ColumnInference> renamed(List<ColumnInference> columns) {
        String[] names = {"a", "b", "c", "d"};
        return java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> {
                    ColumnInference c = columns.get(i);
                    return new ColumnInference(
                            names[i],
                            c.type(),
                            c.category(),
                            c.temporalPattern(),
                            c.loadFormat(),
                            c.evidence(),
                            c.notes());
                })
                .toList();
    }
}
