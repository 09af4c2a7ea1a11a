package com.redshiftloader.infra.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StagingManifestTest {

    @Test
    void everyPartIsAMandatoryEntryWithItsLength() {
        String json = StagingManifest.json(List.of(
                new StagedObject("p/part-00001.csv.gz", "s3://b/p/part-00001.csv.gz", 10, false),
                new StagedObject("p/part-00002.csv.gz", "s3://b/p/\"odd\\key", 20, true)));
        assertThat(json)
                .isEqualTo("{\"entries\":[\n"
                        + "{\"url\":\"s3://b/p/part-00001.csv.gz\",\"mandatory\":true,\"meta\":{\"content_length\":10}},\n"
                        + "{\"url\":\"s3://b/p/\\\"odd\\\\key\",\"mandatory\":true,\"meta\":{\"content_length\":20}}\n"
                        + "]}\n");
    }
}
