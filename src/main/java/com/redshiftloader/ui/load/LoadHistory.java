package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.RunHistory;
import java.time.LocalDateTime;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The recent loads the Load step lists (kept between sessions, GUI and command line), newest first. */
final class LoadHistory {

    private final ObservableList<String> shown = FXCollections.observableArrayList();
    private final RunHistory runHistory;

    LoadHistory(RunHistory runHistory) {
        this.runHistory = runHistory;
        shown.setAll(runHistory.recent(LoadStepViewModel.HISTORY_SHOWN));
    }

    ObservableList<String> shown() {
        return shown;
    }

    /** Adds what a load on {@code connection} did, first in the list and in the kept history. */
    void remember(String connection, String what) {
        String line = "%1$tF %1$tT %2$s: %3$s".formatted(LocalDateTime.now(), connection, what);
        shown.addFirst(line);
        if (shown.size() > LoadStepViewModel.HISTORY_SHOWN) {
            shown.remove(LoadStepViewModel.HISTORY_SHOWN, shown.size());
        }
        runHistory.record(line);
    }
}
