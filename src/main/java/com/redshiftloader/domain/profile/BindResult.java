package com.redshiftloader.domain.profile;

import java.util.List;

/** The outcome of building a profile from its keys. */
public sealed interface BindResult {

    record Valid(ConnectionProfile profile) implements BindResult {}

    record Invalid(List<ProfileProblem> problems) implements BindResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
