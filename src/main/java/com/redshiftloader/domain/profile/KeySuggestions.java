package com.redshiftloader.domain.profile;

import com.redshiftloader.domain.text.EditDistance;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known key a mistyped one was probably meant to be. */
final class KeySuggestions {

    private KeySuggestions() {}

    /** The closest known key within a small edit distance, e.g. {@code pasword} → {@code password}. */
    static Optional<String> closest(String unknown) {
        return Arrays.stream(ProfileKey.values())
                .map(ProfileKey::path)
                .min(Comparator.comparingInt(known -> EditDistance.between(unknown, known)))
                .filter(known -> EditDistance.between(unknown, known) <= Math.max(2, unknown.length() / 3));
    }
}
