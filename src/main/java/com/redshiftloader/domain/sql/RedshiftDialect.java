package com.redshiftloader.domain.sql;

import static com.redshiftloader.domain.sql.SqlIdentifiers.quote;

import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Amazon Redshift: DISTKEY/SORTKEY, backslash escapes in literals, and COPY from S3. */
public final class RedshiftDialect extends SqlDialect {

    @Override
    public String engineName() {
        return "Redshift";
    }

    /** Redshift string literals treat the backslash as an escape, so it is doubled along with the quote. */
    @Override
    public String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A SQL literal cannot hold a NUL character");
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    protected String tableOptions(TableOptions options) {
        String dist =
                options.distKey().map(key -> " DISTKEY(" + quote(key) + ")").orElse("");
        String sort = options.sortKeys().isEmpty()
                ? ""
                : options.sortKeys().stream()
                        .map(SqlIdentifiers::quote)
                        .collect(Collectors.joining(", ", " SORTKEY(", ")"));
        return dist + sort;
    }

    @Override
    protected String createTempTableLike(String stage, TableName target) {
        return "CREATE TEMP TABLE " + quote(stage) + " (LIKE " + target.sql() + ")";
    }

    /** COPY from S3 into a table (usually the stage), with the columns in the staged files' order. */
    public String copy(String table, java.util.List<String> columns, CopyOptions options) {
        StringJoiner sql = new StringJoiner(" ");
        sql.add("COPY " + table);
        if (!columns.isEmpty()) {
            sql.add(columns.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", ", "(", ")")));
        }
        sql.add("FROM " + literal(options.source()));
        sql.add(credentials(options.credentials()));
        options.region().ifPresent(region -> sql.add("REGION " + literal(region)));
        switch (options.format()) {
            case CopyOptions.CopyFormat.Csv csv -> {
                sql.add("FORMAT AS CSV DELIMITER " + literal(String.valueOf(csv.delimiter())) + " QUOTE "
                        + literal(String.valueOf(csv.quote())));
                if (csv.ignoreHeader() > 0) {
                    sql.add("IGNOREHEADER " + csv.ignoreHeader());
                }
                if (csv.gzip()) {
                    sql.add("GZIP");
                }
                sql.add(csv.nullAs().map(nullAs -> "NULL AS " + literal(nullAs)).orElse("EMPTYASNULL"));
            }
            case CopyOptions.CopyFormat.JsonAuto json -> {
                sql.add("FORMAT AS JSON " + literal(json.ignoreCase() ? "auto ignorecase" : "auto"));
                if (json.gzip()) {
                    sql.add("GZIP");
                }
            }
        }
        if (options.manifest()) {
            sql.add("MANIFEST");
        }
        options.dateFormat().ifPresent(format -> sql.add("DATEFORMAT " + literal(format)));
        options.timeFormat().ifPresent(format -> sql.add("TIMEFORMAT " + literal(format)));
        sql.add("MAXERROR " + options.maxErrors());
        if (options.noLoad()) {
            sql.add("NOLOAD");
        }
        sql.add("COMPUPDATE OFF STATUPDATE OFF");
        return sql.toString();
    }

    private String credentials(CopyCredentials credentials) {
        return switch (credentials) {
            case CopyCredentials.IamRole role -> "IAM_ROLE " + literal(role.arn());
            case CopyCredentials.DefaultIamRole role -> "IAM_ROLE default";
            case CopyCredentials.AccessKeys keys ->
                "ACCESS_KEY_ID " + literal(keys.accessKeyId())
                        + " SECRET_ACCESS_KEY " + literal(keys.secretAccessKey())
                        + keys.sessionToken()
                                .map(token -> " SESSION_TOKEN " + literal(token))
                                .orElse("");
        };
    }
}
