/**
 * The Redshift stand-in: a PostgreSQL wire-protocol proxy in front of the embedded PostgreSQL, so that tests talk to
 * "Redshift" through the real Redshift JDBC driver ({@code jdbc:redshift://127.0.0.1:<port>/<db>}, {@code ssl=false}).
 * Use it through {@link com.redshiftloader.testinfra.RedshiftStandInExtension} or {@link RedshiftStandIn#start}.
 *
 * <h2>Protocol</h2>
 *
 * <ul>
 *   <li>SSLRequest and GSSENCRequest are answered 'N'; CancelRequest is forwarded to PostgreSQL.
 *   <li>The Redshift driver 2.2.9 sends {@code driver_version}, {@code os_version}, {@code client_protocol_version}
 *       and {@code driver_discovery_version} (and {@code plugin_name} etc. with IdP plugins) besides the usual
 *       parameters; only {@link StartupMessage#ALLOWED} parameters reach PostgreSQL.
 *   <li>md5 authentication is relayed untouched, so PostgreSQL itself accepts or refuses the password.
 *   <li>At connect time the driver only sends {@code SET extra_float_digits = 3}, which PostgreSQL runs as is; no
 *       Redshift-only SQL needed handling. Since the server does not report {@code server_protocol_version}, the
 *       driver stays on its base protocol.
 * </ul>
 *
 * <p>Other statements pass through unchanged: Redshift's {@code LOCK name} is PostgreSQL's {@code LOCK TABLE name}
 * (ACCESS EXCLUSIVE), as on Redshift.
 *
 * <h2>COPY from S3</h2>
 *
 * {@code COPY ... FROM 's3://...'} in Query and Parse messages is replaced by a PostgreSQL {@code COPY ... FROM
 * '<local file>'} of the S3 objects (prefix or manifest, gunzipped, {@code IGNOREHEADER} lines dropped per object),
 * so it runs in the client's session and transaction and answers {@code COPY n}. Differences from Redshift:
 *
 * <ul>
 *   <li>Only CSV and the default pipe-delimited text format; JSON, Parquet, Avro, ORC, fixed-width and BZIP2, LZOP,
 *       ZSTD are refused with an error naming the stand-in. Text format uses PostgreSQL's backslash escapes always.
 *   <li>CSV empty unquoted fields load as NULL in every column (Redshift keeps them as {@code ''} in VARCHAR unless
 *       {@code EMPTYASNULL}); {@code EMPTYASNULL} adds {@code FORCE_NULL *} so that {@code ""} is NULL too, but is
 *       ignored when {@code NULL AS} is also given.
 *   <li>{@code NULL AS '\\N'} is read as Redshift reads the literal ({@code \N}); PostgreSQL then matches only
 *       unquoted fields against it, so a quoted {@code "\N"} stays text (whether Redshift does the same for quoted
 *       fields is not verified).
 *   <li>Accepted without effect: {@code BLANKSASNULL}, {@code DATEFORMAT}, {@code TIMEFORMAT}, {@code MAXERROR} (the
 *       first bad row fails the load), {@code ACCEPTINVCHARS}, {@code TRUNCATECOLUMNS}, {@code COMPUPDATE},
 *       {@code STATUPDATE} and a few more ({@code REGION} is recorded in {@link CopyFromS3Statement#region()}); see {@link CopyFromS3Statement.Options#notEmulated()}.
 *   <li>Credentials are recorded ({@link RedshiftStandIn#copies()}) and must be present, but are not checked: objects
 *       are read with the stand-in's own S3 client.
 *   <li>{@code NOLOAD} runs the COPY in a PL/pgSQL block that is rolled back, so data errors surface but no row
 *       stays; the client sees command tag {@code DO} rather than {@code COPY 0}.
 *   <li>{@code pg_last_copy_count()} is answered from the row count of the connection's last {@code COPY n} command
 *       tag, which the proxy notes as PostgreSQL's messages pass (-1 before the first COPY); see
 *       {@link com.redshiftloader.testinfra.redshift.RedshiftStandIn#loadOnlyTheLastObjectOfEachCopy()} for a COPY
 *       that silently reads only its last object.
 *   <li>The S3 objects are read when the Parse (or Query) message passes; a server-side prepared COPY that the driver
 *       re-executes without a new Parse (the same PreparedStatement past the driver's prepareThreshold) reloads the
 *       first staged file. Staged files are deleted when the client connection ends.
 * </ul>
 */
package com.redshiftloader.testinfra.redshift;
