package com.redshiftloader.testinfra.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.testinfra.redshift.CopyFromS3Statement.Compression;
import com.redshiftloader.testinfra.redshift.CopyFromS3Statement.Format;
import com.redshiftloader.testinfra.redshift.CopySqlTokens.CopySyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedshiftStandInCopyParsingTest {

    @Test
    void optionsAreParsedCaseInsensitivelyInAnyOrder() {
        CopyFromS3Statement copy = parse("""
                copy "Sales".orders (id, "Name") from 's3://b/k/'
                Region As 'us-east-2' gzip Format As CSV Quote As '''' Delimiter ';' IgnoreHeader 2
                emptyasnull blanksasnull null as 'NIL' dateformat 'auto' timeformat as 'YYYY-MM-DD HH:MI:SS'
                maxerror 5 compupdate off statupdate off acceptinvchars as '?' truncatecolumns manifest noload
                iam_role 'arn:aws:iam::1:role/x';""");
        assertThat(copy.table()).isEqualTo("\"Sales\".orders");
        assertThat(copy.columns()).containsExactly("id", "\"Name\"");
        assertThat(copy.source()).isEqualTo("s3://b/k/");
        assertThat(copy.region()).contains("us-east-2");
        assertThat(copy.credentials()).isEqualTo(new CopyCredentials.IamRole("arn:aws:iam::1:role/x"));
        CopyFromS3Statement.Options options = copy.options();
        assertThat(options.format()).isEqualTo(Format.CSV);
        assertThat(options.quote()).contains("'");
        assertThat(options.delimiter()).contains(";");
        assertThat(options.ignoreHeader()).isEqualTo(2);
        assertThat(options.compression()).isEqualTo(Compression.GZIP);
        assertThat(options.nullAs()).contains("NIL");
        assertThat(options.emptyAsNull()).isTrue();
        assertThat(options.manifest()).isTrue();
        assertThat(options.noLoad()).isTrue();
        assertThat(options.notEmulated())
                .containsEntry("MAXERROR", "5")
                .containsEntry("COMPUPDATE", "OFF")
                .containsEntry("ACCEPTINVCHARS", "?")
                .containsEntry("TIMEFORMAT", "YYYY-MM-DD HH:MI:SS")
                .containsKeys("BLANKSASNULL", "TRUNCATECOLUMNS", "DATEFORMAT", "STATUPDATE");
    }

    @Test
    void aNullMarkerWithAnEscapedBackslashIsReadAsRedshiftReadsTheLiteral() {
        assertThat(parse("COPY t FROM 's3://b/k' IAM_ROLE default CSV NULL AS '\\\\N'")
                        .options()
                        .nullAs())
                .contains("\\N");
    }

    @Test
    void everyCredentialsFormIsRecognised() {
        assertThat(parse("COPY t FROM 's3://b/k' IAM_ROLE DEFAULT").credentials())
                .isEqualTo(new CopyCredentials.IamRole("default"));
        assertThat(parse("COPY t FROM 's3://b/k' ACCESS_KEY_ID 'A' SECRET_ACCESS_KEY 'S'")
                        .credentials())
                .isEqualTo(new CopyCredentials.AccessKeys("A", "S", Optional.empty()));
        assertThat(parse("COPY t FROM 's3://b/k' WITH CREDENTIALS AS 'aws_iam_role=arn:r'")
                        .credentials())
                .isEqualTo(new CopyCredentials.IamRole("arn:r"));
        assertThat(parse("COPY t FROM 's3://b/k' CREDENTIALS 'aws_access_key_id=A;aws_secret_access_key=S;token=T'")
                        .credentials())
                .isEqualTo(new CopyCredentials.AccessKeys("A", "S", Optional.of("T")));
        assertThat(parse("COPY t FROM 's3://b/k' ACCESS_KEY_ID 'A' CSV").credentials())
                .isInstanceOf(CopyCredentials.Missing.class);
        assertThat(parse("COPY t FROM 's3://b/k' CSV").credentials()).isInstanceOf(CopyCredentials.Missing.class);
    }

    @Test
    void otherStatementsAreNotIntercepted() {
        assertThat(CopyFromS3Statement.parse("COPY t FROM STDIN WITH (FORMAT csv)"))
                .isEmpty();
        assertThat(CopyFromS3Statement.parse("COPY t FROM '/tmp/file.csv' CSV")).isEmpty();
        assertThat(CopyFromS3Statement.parse("SELECT 'COPY t FROM ''s3://b/k'''"))
                .isEmpty();
        assertThat(CopyFromS3Statement.parse("INSERT INTO log VALUES ('copy t from ''s3://b/k''')"))
                .isEmpty();
    }

    @Test
    void unknownOptionIsASyntaxError() {
        assertThatThrownBy(() -> parse("COPY t FROM 's3://b/k' IAM_ROLE default SPEEDY"))
                .isInstanceOf(CopySyntaxException.class)
                .hasMessageContaining("SPEEDY");
    }

    @Test
    void rewrittenCopyReadsTheStagedFileWithPostgresOptions() {
        Path file = Path.of("/tmp/it's.data");
        assertThat(PostgresSql.copyFromFile(
                        parse("COPY s.t (a, b) FROM 's3://b/k' IAM_ROLE default CSV DELIMITER '\\t' EMPTYASNULL"),
                        file))
                .isEqualTo("COPY s.t (a, b) FROM '/tmp/it''s.data' WITH (FORMAT csv, DELIMITER '\t', QUOTE '\"',"
                        + " FORCE_NULL *, ENCODING 'UTF8')");
        assertThat(PostgresSql.copyFromFile(parse("COPY t FROM 's3://b/k' IAM_ROLE default"), file))
                .isEqualTo("COPY t FROM '/tmp/it''s.data' WITH (FORMAT text, DELIMITER '|', NULL '\\N',"
                        + " ENCODING 'UTF8')");
    }

    @Test
    void parseMessageRewriteKeepsNameAndParameterTypes() {
        byte[] body = new WireMessages.Parse("S_1", "COPY x", new byte[] {0, 1, 0, 0, 0, 23}).body();
        WireMessages.Parse rewritten = WireMessages.Parse.of(body).withQuery("COPY y -- é");
        WireMessages.Parse reread = WireMessages.Parse.of(rewritten.body());
        assertThat(reread.statementName()).isEqualTo("S_1");
        assertThat(reread.query()).isEqualTo("COPY y -- é");
        assertThat(reread.parameterTypes()).containsExactly(0, 1, 0, 0, 0, 23);
    }

    @Test
    void startupMessageKeepsOnlyParametersPostgresAccepts() {
        StartupMessage startup = new StartupMessage(
                WireMessages.PROTOCOL_3_0,
                Map.of("user", "u", "database", "d", "driver_version", "x", "plugin_name", "y"));
        byte[] packet = startup.allowedOnly().toPacket();
        StartupMessage reparsed = StartupMessage.parse(Arrays.copyOfRange(packet, 4, packet.length));
        assertThat(reparsed.protocol()).isEqualTo(WireMessages.PROTOCOL_3_0);
        assertThat(reparsed.parameters()).containsOnly(Map.entry("user", "u"), Map.entry("database", "d"));
        assertThat(startup.droppedNames()).containsExactlyInAnyOrder("driver_version", "plugin_name");
    }

    private static CopyFromS3Statement parse(String sql) {
        return CopyFromS3Statement.parse(sql).orElseThrow();
    }
}
