package com.redshiftloader.testinfra.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature computation against vectors of the AWS SigV4 test suite, independent of the SDK. */
class RedshiftApiSigV4Test {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String SCOPE = "20150830/us-east-1/service/aws4_request";

    @Test
    void getVanilla() {
        assertThat(sign(null)).isEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void getVanillaQueryOrderKeyCase() {
        assertThat(sign("Param2=value2&Param1=value1"))
                .isEqualTo("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    private static String sign(String rawQuery) {
        SignedRequest request = new SignedRequest(
                "GET",
                "/",
                rawQuery,
                Map.of("host", List.of("example.amazonaws.com"), "x-amz-date", List.of("20150830T123600Z")),
                "".getBytes(StandardCharsets.UTF_8));
        return SigV4.signature(request, List.of("host", "x-amz-date"), "20150830T123600Z", SCOPE, SECRET);
    }
}
