package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.load.LoadReport;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.ui.common.UiCounts;

/**
 * A load that finished: its plan as the step made it, its report, and the profile it loaded through (the started
 * sandbox's, for the Local sandbox).
 */
record LandedLoad(LoadPlan plan, LoadReport report, ConnectionProfile profile) {

    /**
     * Whether {@code other} appends the same file to the same table on the same connection again, which would add
     * its rows twice (a merge, truncate or replace of the same file leaves the table as it is).
     */
    boolean appendsAgain(LoadPlan other) {
        return other.mode() == LoadMode.APPEND
                && plan.profile().name().equals(other.profile().name())
                && plan.file().equals(other.file())
                && plan.target().equals(other.target());
    }

    /** Asks before the same file goes into the same table again. */
    String againQuestion() {
        return "This file was just loaded into " + report.target() + " (" + UiCounts.of(report.rowsLoaded(), "row")
                + "). Load it again?";
    }
}
