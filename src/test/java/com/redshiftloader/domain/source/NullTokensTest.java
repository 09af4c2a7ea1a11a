package com.redshiftloader.domain.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The NULL values as the Source step's field and the load log write them, and read back. */
class NullTokensTest {

    @Test
    void theDefaultsAreListedInTheDocumentedOrderWithoutTheEmptyToken() {
        assertThat(NullTokens.listed(SourceSettings.DEFAULT_NULL_TOKENS)).isEqualTo("NULL, null, \\N, NA");
        assertThat(NullTokens.describe(SourceSettings.DEFAULT_NULL_TOKENS))
                .isEqualTo("empty fields, NULL, null, \\N, NA");
    }

    @Test
    void aCommaSeparatedListReadsBackAsTokensWithTheEmptyOneApart() {
        assertThat(NullTokens.parse(" n/a ,NULL,, -", true)).isEqualTo(Set.of("", "n/a", "NULL", "-"));
        assertThat(NullTokens.parse("", false)).isEmpty();
        assertThat(NullTokens.parse(NullTokens.listed(SourceSettings.DEFAULT_NULL_TOKENS), true))
                .isEqualTo(SourceSettings.DEFAULT_NULL_TOKENS);
    }

    @Test
    void otherTokensFollowTheDefaultsAlphabetically() {
        assertThat(NullTokens.sorted(Set.of("n/a", "NA", "", "-"))).containsExactly("", "NA", "-", "n/a");
        assertThat(NullTokens.describe(Set.of("n/a"))).isEqualTo("n/a");
        assertThat(NullTokens.describe(Set.of())).isEqualTo("nothing");
    }

    @Test
    void theLoadLogSaysWhichValuesAreNullAndWhetherTheyAreTrimmed() {
        SourceSettings settings = SourceSettings.csv().withNullTokens(Set.of("", "n/a"));

        assertThat(settings.valueRules())
                .isEqualTo("Read as NULL: empty fields, n/a; spaces and tabs around values are kept.");
        assertThat(settings.withTrim(true).valueRules())
                .isEqualTo("Read as NULL: empty fields, n/a; spaces and tabs around values are trimmed (before the"
                        + " NULL check).");
    }
}
