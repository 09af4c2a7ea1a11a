package com.redshiftloader.testinfra.redshift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tokenizer and cursor over the text of a Redshift COPY statement. Words keep their source spelling (quoted
 * identifiers and dotted names included) so that table and column names can be passed on to PostgreSQL as written.
 */
final class CopySqlTokens {

    enum Kind {
        WORD,
        STRING,
        PUNCTUATION
    }

    /** One token; for strings {@code text} is the unescaped value. */
    record Token(Kind kind, String text) {

        boolean isWord(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean is(String punctuation) {
            return kind == Kind.PUNCTUATION && text.equals(punctuation);
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private final List<Token> tokens;
    private int position;

    CopySqlTokens(String sql) {
        this.tokens = tokenize(sql);
    }

    boolean hasNext() {
        return position < tokens.size();
    }

    Token peek() {
        return hasNext() ? tokens.get(position) : new Token(Kind.PUNCTUATION, "<end>");
    }

    Token next() {
        Token token = peek();
        if (!hasNext()) {
            throw new CopySyntaxException("unexpected end of statement");
        }
        position++;
        return token;
    }

    /** Consumes the keyword if it comes next. */
    boolean accept(String keyword) {
        if (peek().isWord(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    void expect(String keyword) {
        if (!accept(keyword)) {
            throw new CopySyntaxException("expected " + keyword + " but found '" + peek().text() + "'");
        }
    }

    /** A string literal, after an optional {@code AS}. */
    String string() {
        accept("AS");
        Token token = next();
        if (token.kind() != Kind.STRING) {
            throw new CopySyntaxException("expected a quoted string but found '" + token.text() + "'");
        }
        return token.text();
    }

    /** A non-negative integer, after an optional {@code AS}. */
    int number() {
        accept("AS");
        Token token = next();
        try {
            return Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw new CopySyntaxException("expected a number but found '" + token.text() + "'");
        }
    }

    private static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                i = skipTo(sql, i, "\n");
            } else if (sql.startsWith("/*", i)) {
                i = skipTo(sql, i, "*/");
            } else if (c == '\'') {
                i = readString(sql, i, tokens);
            } else if ("(),;".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.PUNCTUATION, String.valueOf(c)));
                i++;
            } else {
                i = readWord(sql, i, tokens);
            }
        }
        return tokens;
    }

    private static int skipTo(String sql, int from, String end) {
        int found = sql.indexOf(end, from + 2);
        return found < 0 ? sql.length() : found + end.length();
    }

    private static int readString(String sql, int start, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= sql.length()) {
                throw new CopySyntaxException("unterminated quoted string");
            }
            char c = sql.charAt(i++);
            if (c == '\'' && i < sql.length() && sql.charAt(i) == '\'') {
                value.append('\'');
                i++;
            } else if (c == '\'') {
                tokens.add(new Token(Kind.STRING, value.toString()));
                return i;
            } else {
                value.append(c);
            }
        }
    }

    /** A bare word, a quoted identifier, or a dotted mix of both (schema."Table"). */
    private static int readWord(String sql, int start, List<Token> tokens) {
        int i = start;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '"') {
                int close = sql.indexOf('"', i + 1);
                while (close >= 0 && close + 1 < sql.length() && sql.charAt(close + 1) == '"') {
                    close = sql.indexOf('"', close + 2);
                }
                if (close < 0) {
                    throw new CopySyntaxException("unterminated quoted identifier");
                }
                i = close + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-' || c == '#') {
                i++;
            } else {
                break;
            }
        }
        if (i == start) {
            throw new CopySyntaxException("unexpected character '" + sql.charAt(start) + "'");
        }
        tokens.add(new Token(Kind.WORD, sql.substring(start, i)));
        return i;
    }

    /** The statement is not a COPY the stand-in understands; reported to the client as a Redshift-like error. */
    static final class CopySyntaxException extends RuntimeException {

        CopySyntaxException(String message) {
            super(message);
        }
    }
}
