package com.redshiftloader.testinfra.redshift;

import com.redshiftloader.testinfra.redshift.CopyFromS3Statement.Compression;
import com.redshiftloader.testinfra.redshift.CopyFromS3Statement.Format;
import com.redshiftloader.testinfra.redshift.CopySqlTokens.CopySyntaxException;
import com.redshiftloader.testinfra.redshift.CopySqlTokens.Kind;
import com.redshiftloader.testinfra.redshift.CopySqlTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses Redshift COPY-from-S3 text; options are matched case-insensitively, in any order. */
final class CopyStatementParser {

    /** A cheap first look, so that ordinary statements are not tokenized. */
    private static final Pattern LOOKS_LIKE_S3_COPY = Pattern.compile(
            "^\\s*(?:/\\*.*?\\*/\\s*|--[^\\n]*\\n\\s*)*copy\\s.*?\\sfrom\\s+'s3://.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Flag options Redshift accepts that the stand-in accepts but does not emulate. */
    private static final Set<String> FLAGS_NOT_EMULATED = Set.of(
            "BLANKSASNULL",
            "TRUNCATECOLUMNS",
            "REMOVEQUOTES",
            "ESCAPE",
            "TRIMBLANKS",
            "ACCEPTANYDATE",
            "ROUNDEC",
            "EXPLICIT_IDS",
            "FILLRECORD",
            "IGNOREBLANKLINES",
            "IGNOREALLERRORS");

    private static final Set<String> STRING_OPTIONS_NOT_EMULATED = Set.of("DATEFORMAT", "TIMEFORMAT");

    private final CopySqlTokens tokens;
    private String iamRole;
    private String accessKeyId;
    private String secretAccessKey;
    private String sessionToken;
    private String credentialsString;
    private String region;
    private Format format = Format.TEXT;
    private String delimiter;
    private String quote;
    private String nullAs;
    private int ignoreHeader;
    private Compression compression = Compression.NONE;
    private boolean manifest;
    private boolean emptyAsNull;
    private boolean noLoad;
    private final Map<String, String> notEmulated = new LinkedHashMap<>();

    private CopyStatementParser(String sql) {
        this.tokens = new CopySqlTokens(sql);
    }

    static Optional<CopyFromS3Statement> parse(String sql) {
        if (!LOOKS_LIKE_S3_COPY.matcher(sql).matches()) {
            return Optional.empty();
        }
        return new CopyStatementParser(sql).statement();
    }

    private Optional<CopyFromS3Statement> statement() {
        tokens.expect("COPY");
        String table = tokens.next().text();
        List<String> columns = columns();
        if (!tokens.accept("FROM") || tokens.peek().kind() != Kind.STRING) {
            return Optional.empty();
        }
        String source = tokens.next().text();
        while (tokens.hasNext()) {
            option(tokens.next());
        }
        return Optional.of(
                new CopyFromS3Statement(table, columns, source, credentials(), Optional.ofNullable(region), options()));
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>();
        if (tokens.peek().is("(")) {
            tokens.next();
            Token token;
            while (!(token = tokens.next()).is(")")) {
                if (!token.is(",")) {
                    columns.add(token.text());
                }
            }
        }
        return columns;
    }

    private void option(Token token) {
        if (token.is(",") || token.isWord("WITH")) {
            return;
        }
        if (token.is(";")) {
            if (tokens.hasNext()) {
                throw new CopySyntaxException("only one statement is allowed after COPY");
            }
            return;
        }
        String name = token.upper();
        switch (name) {
            case "IAM_ROLE" -> iamRole = tokens.accept("DEFAULT") ? "default" : tokens.string();
            case "ACCESS_KEY_ID" -> accessKeyId = tokens.string();
            case "SECRET_ACCESS_KEY" -> secretAccessKey = tokens.string();
            case "SESSION_TOKEN" -> sessionToken = tokens.string();
            case "CREDENTIALS" -> credentialsString = tokens.string();
            case "REGION" -> region = tokens.string();
            case "FORMAT" -> {
                tokens.accept("AS");
                option(tokens.next());
            }
            case "CSV" -> format = Format.CSV;
            case "JSON", "AVRO", "PARQUET", "ORC", "FIXEDWIDTH", "SHAPEFILE" -> formatWithArgument(name);
            case "QUOTE" -> quote = tokens.string();
            case "DELIMITER" -> delimiter = unescape(tokens.string());
            // Redshift literals escape the backslash: NULL AS '\\N' means \N.
            case "NULL" -> nullAs = tokens.string().replace("\\\\", "\\");
            case "IGNOREHEADER" -> ignoreHeader = tokens.number();
            case "GZIP", "BZIP2", "LZOP", "ZSTD" -> compression = Compression.valueOf(name);
            case "MANIFEST" -> {
                manifest = true;
                tokens.accept("VERBOSE");
            }
            case "EMPTYASNULL" -> emptyAsNull = true;
            case "NOLOAD" -> noLoad = true;
            default -> notEmulated(name);
        }
    }

    private void formatWithArgument(String name) {
        format = Format.valueOf(name);
        if (tokens.peek().kind() == Kind.STRING || tokens.peek().isWord("AS")) {
            notEmulated.put(name, tokens.string());
        }
    }

    private void notEmulated(String name) {
        if (FLAGS_NOT_EMULATED.contains(name)) {
            notEmulated.put(name, "");
        } else if (STRING_OPTIONS_NOT_EMULATED.contains(name)) {
            tokens.accept("AS");
            notEmulated.put(name, tokens.next().text());
        } else if (name.equals("MAXERROR")) {
            notEmulated.put(name, String.valueOf(tokens.number()));
        } else if (name.equals("COMPUPDATE") || name.equals("STATUPDATE") || name.equals("ACCEPTINVCHARS")) {
            notEmulated.put(name, optionalArgument());
        } else if (name.equals("ENCODING")) {
            tokens.accept("AS");
            notEmulated.put(name, tokens.next().text());
        } else {
            throw new CopySyntaxException("syntax error at or near \"" + name + "\"");
        }
    }

    /** The argument of options like {@code COMPUPDATE [ON|OFF]} or {@code ACCEPTINVCHARS [AS 'c']}, if present. */
    private String optionalArgument() {
        Token next = tokens.peek();
        if (next.kind() == Kind.STRING || next.isWord("AS")) {
            return tokens.string();
        }
        if (Set.of("ON", "OFF", "TRUE", "FALSE", "PRESET").contains(next.upper())) {
            return tokens.next().upper();
        }
        return "";
    }

    /** Redshift accepts {@code '\t'} for a tab delimiter. */
    private static String unescape(String value) {
        return value.equals("\\t") ? "\t" : value;
    }

    private CopyCredentials credentials() {
        if (credentialsString != null) {
            return CredentialsString.parse(credentialsString);
        }
        if (iamRole != null) {
            return new CopyCredentials.IamRole(iamRole);
        }
        if (accessKeyId != null && secretAccessKey != null) {
            return new CopyCredentials.AccessKeys(accessKeyId, secretAccessKey, Optional.ofNullable(sessionToken));
        }
        return new CopyCredentials.Missing();
    }

    private CopyFromS3Statement.Options options() {
        return new CopyFromS3Statement.Options(
                format,
                Optional.ofNullable(delimiter),
                Optional.ofNullable(quote),
                Optional.ofNullable(nullAs),
                ignoreHeader,
                compression,
                manifest,
                emptyAsNull,
                noLoad,
                notEmulated);
    }

    /** The legacy {@code CREDENTIALS 'aws_iam_role=...'} / {@code 'aws_access_key_id=...;...'} string. */
    private static final class CredentialsString {

        static CopyCredentials parse(String text) {
            Map<String, String> pairs = new LinkedHashMap<>();
            for (String pair : text.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    pairs.put(
                            pair.substring(0, equals).trim().toLowerCase(Locale.ROOT),
                            pair.substring(equals + 1).trim());
                }
            }
            if (pairs.containsKey("aws_iam_role")) {
                return new CopyCredentials.IamRole(pairs.get("aws_iam_role"));
            }
            if (pairs.containsKey("aws_access_key_id") && pairs.containsKey("aws_secret_access_key")) {
                return new CopyCredentials.AccessKeys(
                        pairs.get("aws_access_key_id"),
                        pairs.get("aws_secret_access_key"),
                        Optional.ofNullable(pairs.get("token")));
            }
            return new CopyCredentials.Missing();
        }
    }
}
