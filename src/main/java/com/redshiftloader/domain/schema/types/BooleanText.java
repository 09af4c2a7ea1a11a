package com.redshiftloader.domain.schema.types;

/**
 * The one home of what boolean text means, shared by inference ({@link ColumnAccumulator}), checking
 * ({@link ValueValidator}), conversion (the loaders' value converter) and the binary COPY encoder: {@code true/false,
 * t/f, yes/no, y/n} in any case (what Redshift's COPY reads as BOOLEAN), and {@code 1/0} in a column typed BOOLEAN.
 * Inference takes only the words: a column of 1 and 0 is a number column unless the user says otherwise.
 */
public final class BooleanText {

    /** The words, lower case; their first letter tells true from false. */
    private static final String[] WORDS = {"t", "f", "y", "n", "no", "yes", "true", "false"};

    private BooleanText() {}

    /** Whether the value is one of the words, exactly (no surrounding spaces), in any case: what inference takes. */
    public static boolean isWord(CharSequence value) {
        for (String word : WORDS) {
            if (sameLetters(value, word)) {
                return true;
            }
        }
        return false;
    }

    /** The value of a BOOLEAN column: the words or 1/0, in any case, surrounding spaces allowed. */
    public static boolean parse(String text) throws ValueTextException {
        String value = text.strip();
        int meaning = meaning(value, value.length());
        if (meaning < 0) {
            throw new ValueTextException("not a boolean (use true/false, t/f, yes/no, y/n, 1/0)");
        }
        return meaning == 1;
    }

    /**
     * The value of the first {@code length} bytes of ASCII text, exactly as written (no spaces): 1 for true, 0 for
     * false, -1 when it is not a boolean. For the binary COPY, which reads the file's bytes.
     */
    public static int meaning(byte[] value, int length) {
        return meaning(new AsciiBytes(value, length), length);
    }

    private static int meaning(CharSequence value, int length) {
        if (length == 1 && (value.charAt(0) == '1' || value.charAt(0) == '0')) {
            return value.charAt(0) == '1' ? 1 : 0;
        }
        if (!isWord(value)) {
            return -1;
        }
        char first = (char) (value.charAt(0) | 0x20);
        return first == 't' || first == 'y' ? 1 : 0;
    }

    /** ASCII case-insensitive comparison with a lower-case word. */
    private static boolean sameLetters(CharSequence value, String word) {
        if (value.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Bytes read as Latin-1 characters, without copying (booleans are ASCII). */
    private record AsciiBytes(byte[] bytes, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
