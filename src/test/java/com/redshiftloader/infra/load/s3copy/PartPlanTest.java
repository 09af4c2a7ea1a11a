package com.redshiftloader.infra.load.s3copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PartPlanTest {

    private static final long MB = 1024 * 1024;

    @Test
    void withoutASliceCountPartsAreCutByCompressedSize() {
        assertThat(PartPlan.of(10 * MB, 64 * MB, OptionalInt.empty()).bySourceOffset())
                .isFalse();
    }

    @Test
    void aSmallFileGetsOnePartPerSlice() {
        PartPlan plan = PartPlan.of(10 * MB, 64 * MB, OptionalInt.of(4));
        assertThat(plan.parts()).isEqualTo(4);
        assertThat(plan.stride()).isEqualTo(10 * MB / 4);
    }

    @Test
    void aLargeFileGetsAMultipleOfTheSlicesNearTheTargetSize() {
        PartPlan plan = PartPlan.of(4096 * MB, 64 * MB, OptionalInt.of(6));
        // about 1 GB compressed: 6 slices x 3 rounds of about 57 MB
        assertThat(plan.parts()).isEqualTo(18);
        assertThat(plan.parts() % 6).isZero();
    }

    @Test
    void partsEndAtEqualSourceOffsetsAndTheLastRunsToTheEnd() {
        PartPlan plan = PartPlan.of(1_000, 64 * MB, OptionalInt.of(4));
        assertThat(plan.partEnds(0, 249)).isFalse();
        assertThat(plan.partEnds(0, 250)).isTrue();
        assertThat(plan.partEnds(1, 499)).isFalse();
        assertThat(plan.partEnds(2, 750)).isTrue();
        assertThat(plan.partEnds(3, 1_000)).as("the last part").isFalse();
    }
}
