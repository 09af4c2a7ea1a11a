package com.redshiftloader.infra.load.s3copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.infra.aws.UploadLimits;
import org.junit.jupiter.api.Test;

class S3CopySettingsTest {

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
        assertThatThrownBy(() -> new S3CopySettings(10, 1, UploadLimits.defaults(), false))
                .hasMessageContaining("between 1 KiB and 1 GiB");
        assertThatThrownBy(
                        () -> new S3CopySettings(S3CopySettings.DEFAULT_PART_BYTES, 0, UploadLimits.defaults(), false))
                .hasMessageContaining("gzip level");
    }
}
