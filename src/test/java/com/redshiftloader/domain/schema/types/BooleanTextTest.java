package com.redshiftloader.domain.schema.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanTextTest {

    @ParameterizedTest
    @CsvSource({
        "t,1", "T,1", "true,1", "TRUE,1", "True,1", "y,1", "YES,1", "1,1", "f,0", "False,0", "n,0", "No,0", "0,0"
    })
    void theWordsAndOneAndZeroMeanTheSameInTextAndInBytes(String value, int meaning) throws Exception {
        assertThat(BooleanText.parse(value)).isEqualTo(meaning == 1);
        assertThat(BooleanText.parse(" " + value + " ")).as("spaces around").isEqualTo(meaning == 1);
        byte[] bytes = (value + "xyz").getBytes(StandardCharsets.US_ASCII);
        assertThat(BooleanText.meaning(bytes, value.length())).isEqualTo(meaning);
        assertThat(BooleanText.isWord(value))
                .as("inference takes the words only")
                .isEqualTo(!value.matches("[01]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "tr", "yess", "on", "off", "nope", "truee", "-1", "0.0", "ja"})
    void anythingElseIsNotABoolean(String value) {
        assertThatThrownBy(() -> BooleanText.parse(value))
                .isInstanceOf(ValueTextException.class)
                .hasMessageStartingWith("not a boolean");
        assertThat(BooleanText.meaning(value.getBytes(StandardCharsets.US_ASCII), value.length()))
                .isEqualTo(-1);
        assertThat(BooleanText.isWord(value)).isFalse();
    }
}
