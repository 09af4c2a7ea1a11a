package com.redshiftloader.infra.load.s3copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class S3CopySettingsTest {

    @Test
    void oneSharedLoadFormatIsUsedAndDisagreementOrNoneFallsBackToAuto() {
        S3CopySettings settings = S3CopySettings.defaults()
                .withLoadFormats(List.of("YYYY-MM-DD", "YYYY-MM-DD"), List.of("epochsecs", "YYYY-MM-DD HH:MI:SS"));
        assertThat(settings.dateFormat()).contains("YYYY-MM-DD");
        assertThat(settings.timeFormat()).contains("auto");
        assertThat(S3CopySettings.defaults()
                        .withLoadFormats(List.of(), List.of())
                        .dateFormat())
                .contains("auto");
    }

    @Test
    void defaultsStageSixtyFourMegabytePartsAtTheFastestGzipLevel() {
        S3CopySettings defaults = S3CopySettings.defaults();
        assertThat(defaults.partTargetBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(defaults.gzipLevel()).isEqualTo(1);
        assertThat(defaults.keepStagedFilesOnFailure()).isFalse();
        assertThat(defaults.uploads().parallelUploads()).isEqualTo(4);
    }

    @Test
    void partSizesAndGzipLevelsOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> S3CopySettings.defaults().withPartTargetBytes(10))
                .hasMessageContaining("between 1 KiB and 1 GiB");
        assertThatThrownBy(() -> S3CopySettings.defaults().withGzipLevel(0)).hasMessageContaining("gzip level");
    }
}
