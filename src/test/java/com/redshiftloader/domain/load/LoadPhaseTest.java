package com.redshiftloader.domain.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadPhaseTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            PREPARING,   Preparing
            COPYING,     Copying
            CLEANING_UP, Cleaning up
            """)
    void phasesReadAsWords(LoadPhase phase, String title) {
        assertThat(phase.title()).isEqualTo(title);
    }
}
