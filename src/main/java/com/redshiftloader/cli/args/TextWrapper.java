package com.redshiftloader.cli.args;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word wrap for the usage: words fill a line up to {@link #LINE_LENGTH} characters, continuation lines are
 * indented. A word longer than a line gets a line of its own.
 */
final class TextWrapper {

    /** The longest line: 80 columns less one, so that a line never wraps on an 80-column terminal. */
    static final int LINE_LENGTH = 79;

    private TextWrapper() {}

    /**
     * Wraps {@code text} at its spaces.
     *
     * @param firstLine what the first line starts with (its length counts)
     * @param indent how far continuation lines are indented
     */
    static List<String> wrap(String firstLine, String text, int indent) {
        return wrap(firstLine, Arrays.asList(text.strip().split(" +")), indent);
    }

    /** Wraps {@code words}, which keep their own spaces; see {@link #wrap(String, String, int)}. */
    static List<String> wrap(String firstLine, List<String> words, int indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstLine);
        boolean lineHasWords = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (lineHasWords && line.length() + 1 + word.length() > LINE_LENGTH) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(" ".repeat(indent));
                lineHasWords = false;
            }
            if (lineHasWords) {
                line.append(' ');
            }
            line.append(word);
            lineHasWords = true;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }
}
