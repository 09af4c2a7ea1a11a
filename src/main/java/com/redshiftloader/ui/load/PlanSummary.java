package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.ui.common.UiCounts;

/** How the plan is worded before Start: "Append the rows to sales.orders (prod) from orders.csv: 7 columns, …". */
final class PlanSummary {

    private PlanSummary() {}

    static String of(LoadPlan plan) {
        String what =
                switch (plan.mode()) {
                    case APPEND -> "Append the rows to";
                    case TRUNCATE -> "Empty, then fill";
                    case REPLACE -> "Replace, atomically, the contents of";
                    case MERGE -> "Merge on " + String.join(", ", plan.mergeKeys()) + " into";
                    case FAIL_IF_EXISTS -> "Create and fill (refusing an existing table)";
                };
        return "%s %s (%s) from %s: %s, by %s%s%s."
                .formatted(
                        what,
                        plan.target(),
                        plan.profile().name(),
                        plan.file().getFileName(),
                        UiCounts.of(plan.columns().size(), "column"),
                        switch (plan.path()) {
                            case AUTO -> "the fastest path available";
                            case INSERT -> "multi-row INSERT";
                            case COPY -> "S3 staging and COPY";
                        },
                        plan.maxErrors() > 0
                                ? ", up to " + UiCounts.of(plan.maxErrors(), "row") + " may be rejected"
                                : ", all or nothing",
                        plan.dryRun() ? " — a dry run: nothing will change" : "");
    }
}
