package com.redshiftloader.ui.load;

import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;

/** Builds a load job from what the wizard holds, for "Save as job…". */
public interface JobSource {

    JobResult job(LoadMode mode, LoadPath path, int maxErrors);

    /** A job with the file name to suggest, or why there is none. */
    sealed interface JobResult {
        record Ready(LoadJob job, String suggestedName) implements JobResult {}

        record NotReady(String reason) implements JobResult {}
    }
}
