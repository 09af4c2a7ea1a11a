package com.redshiftloader.ui.common;

import com.redshiftloader.domain.load.LoadEvent;
import java.time.LocalTime;

/** One line of the live log console. */
public record LogLine(LocalTime time, LoadEvent.Level level, String message) {

    @Override
    public String toString() {
        return "%tT %-5s %s".formatted(time, level, message);
    }
}
