package com.redshiftloader.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redshiftloader.domain.profile.AuthMethod;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.Engine;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.profile.ProfileFileException;
import com.redshiftloader.domain.profile.S3Staging;
import com.redshiftloader.domain.profile.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    static final String MAGE_EXAMPLE = """
            database: demo
            host: mage-prod.3.us-west-2.redshift.amazonaws.com
            password: abc123...
            port: 5439
            region: us-west-2
            schema: public
            user: awsuser
            use_merge_load: false
            use_s3_copy: false
            lower_case: true
            type_mapping:
              object: SUPER
              array: SUPER
              string: VARCHAR(1000)
              datetime: TIMESTAMPTZ
              number: BIGINT
            """;

    static final String MAGE_S3_PART = """
            use_s3_copy: true
            s3_creds:
              aws_access_key_id: AKIA...
              aws_secret_access_key: xyz...
              aws_region: us-west-2
              bucket: mage-feature-sets
              redshift_iam_role: arn:aws:iam::123456789012:role/MyRedshiftRole
            """;

    @TempDir
    Path directory;

    private ProfileStore store() {
        return new ProfileStore(directory.resolve("profiles"), ProfileBinder.withRedshiftTypes());
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void magesCompleteExampleLoadsAsIs() throws Exception {
        ConnectionProfile profile = store().loadFile(write("mage.yaml", MAGE_EXAMPLE));
        assertThat(profile.name()).isEqualTo("mage");
        assertThat(profile.engine()).isEqualTo(Engine.REDSHIFT);
        assertThat(profile.host()).isEqualTo("mage-prod.3.us-west-2.redshift.amazonaws.com");
        assertThat(profile.port()).isEqualTo(5439);
        assertThat(profile.database()).isEqualTo("demo");
        assertThat(profile.auth()).isInstanceOfSatisfying(AuthMethod.Password.class, password -> {
            assertThat(password.user()).isEqualTo("awsuser");
            assertThat(password.password()).contains(new Secret.Literal("abc123..."));
        });
        assertThat(profile.region()).contains("us-west-2");
        assertThat(profile.lowerCase()).isTrue();
        assertThat(profile.typeMapping())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "object", "SUPER",
                        "array", "SUPER",
                        "string", "VARCHAR(1000)",
                        "datetime", "TIMESTAMPTZ",
                        "number", "BIGINT"));
    }

    @Test
    void magesS3StagingExampleLoadsAsIs() throws Exception {
        String yaml = MAGE_EXAMPLE.replace("use_s3_copy: false\n", "") + MAGE_S3_PART;
        ConnectionProfile profile = store().loadFile(write("mage-s3.yaml", yaml));
        assertThat(profile.useS3Copy()).isTrue();
        S3Staging s3 = profile.s3Staging().orElseThrow();
        assertThat(s3.bucket()).isEqualTo("mage-feature-sets");
        assertThat(s3.accessKeyId()).contains("AKIA...");
        assertThat(s3.secretAccessKey()).contains(new Secret.Literal("xyz..."));
        assertThat(s3.region()).contains("us-west-2");
        assertThat(s3.redshiftIamRole()).contains("arn:aws:iam::123456789012:role/MyRedshiftRole");
        assertThat(s3.prefix()).isEqualTo(S3Staging.DEFAULT_PREFIX);
    }

    @Test
    void savedProfileRoundTripsAndKeepsSecretsInAnOwnerOnlyFile() throws Exception {
        ProfileStore store = store();
        ConnectionProfile original = store.importFile(
                write("mage-s3.yaml", MAGE_EXAMPLE.replace("use_s3_copy: false\n", "") + MAGE_S3_PART), "prod");
        ConnectionProfile reloaded = store.load("prod");
        assertThat(reloaded).isEqualTo(original);
        assertThat(store.list()).containsExactly("prod");

        String profileText = Files.readString(store.directory().resolve("prod.yaml"));
        assertThat(profileText)
                .doesNotContain("abc123...")
                .doesNotContain("xyz...")
                .contains("bucket: mage-feature-sets");
        Path secrets = store.directory().resolve(".secrets/prod.yaml");
        assertThat(Files.readString(secrets)).contains("abc123...").contains("xyz...");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(store.directory().resolve("prod.yaml"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void inlineSecretsStayInTheProfileWhenTheUserChoseSo() throws Exception {
        ProfileStore store = store();
        store.importFile(write("inline.yaml", MAGE_EXAMPLE + "secrets_inline: true\n"), "inline");
        assertThat(Files.readString(store.directory().resolve("inline.yaml"))).contains("password: abc123...");
        assertThat(store.directory().resolve(".secrets/inline.yaml")).doesNotExist();
        assertThat(store.load("inline").secretsInline()).isTrue();
    }

    @Test
    void environmentReferencesAreKeptAsWritten() throws Exception {
        ProfileStore store = store();
        store.importFile(write("env.yaml", MAGE_EXAMPLE.replace("abc123...", "${env:REDSHIFT_PASSWORD}")), "env");
        assertThat(Files.readString(store.directory().resolve("env.yaml")))
                .containsPattern("password: \"?\\$\\{env:REDSHIFT_PASSWORD}");
        assertThat(((AuthMethod.Password) store.load("env").auth()).password())
                .contains(new Secret.EnvReference("REDSHIFT_PASSWORD"));
    }

    @Test
    void importRefusesATakenNameAndDeleteTakesTheSecretsToo() throws Exception {
        ProfileStore store = store();
        store.importFile(write("a.yaml", MAGE_EXAMPLE), "first");
        store.importFile(write("b.yaml", MAGE_EXAMPLE), "copy");
        assertThat(store.list()).containsExactly("copy", "first");
        assertThat(store.directory().resolve(".secrets/copy.yaml")).exists();
        assertThatThrownBy(() -> store.importFile(write("c.yaml", MAGE_EXAMPLE), "first"))
                .hasMessageContaining("exists already");
        store.delete("copy");
        assertThat(store.list()).containsExactly("first");
        assertThat(store.directory().resolve(".secrets/copy.yaml")).doesNotExist();
    }

    @Test
    void profileNamesThatCouldEscapeTheDirectoryAreRefused() {
        assertThatThrownBy(() -> store().load("../etc/passwd")).hasMessageContaining("cannot be a profile name");
        assertThatThrownBy(() -> store().load(".hidden")).hasMessageContaining("cannot be a profile name");
    }

    @Test
    void unknownKeyIsNamedWithFileLineAndSuggestion() throws IOException {
        Path file = write("prod.yaml", "host: h\nport: 5439\ndatabase: d\npasword: x\nuser: u\n");
        assertThatThrownBy(() -> store().loadFile(file))
                .isInstanceOf(ProfileFileException.class)
                .hasMessage("unknown key 'pasword' at prod.yaml:4 — did you mean 'password'?");
    }

    @Test
    void everyProblemIsReportedWithItsLine() throws IOException {
        Path file = write("bad.yaml", """
                host: h
                port: 70000
                database: d
                user: u
                use_merge_load: "false"
                lower_case: yes please
                use_s3_copy: true
                cluster_identifier: c
                access_key_id: AKIA
                """);
        assertThatThrownBy(() -> store().loadFile(file))
                .isInstanceOf(ProfileFileException.class)
                .satisfies(
                        e -> assertThat(((ProfileFileException) e).problems())
                                .containsExactlyInAnyOrder(
                                        "'port' at bad.yaml:2 must be between 1 and 65535; found 70000 (Redshift listens on 5439 by default)",
                                        "'use_merge_load' at bad.yaml:5 must be true or false without quotes; found the text \"false\"",
                                        "'lower_case' at bad.yaml:6 must be true or false without quotes; found the text \"yes please\"",
                                        "'db_user' at bad.yaml IAM login to a cluster needs db_user, the database user to log in as",
                                        "'region' at bad.yaml IAM login needs the cluster's AWS region, e.g. us-west-2",
                                        "'secret_access_key' at bad.yaml access_key_id and secret_access_key go together; fill in both or neither",
                                        "'s3_creds.bucket' at bad.yaml use_s3_copy is true, so s3_creds needs the bucket to stage files in"));
    }

    @Test
    void typeMappingValueThatIsNotARedshiftTypeIsNamed() throws IOException {
        Path file = write(
                "types.yaml",
                "host: h\ndatabase: d\nuser: u\ntype_mapping:\n  string: VARCHAR(70000)\n  number: NUMBR\n");
        assertThatThrownBy(() -> store().loadFile(file))
                .isInstanceOf(ProfileFileException.class)
                .satisfies(e -> assertThat(((ProfileFileException) e).problems())
                        .hasSize(2)
                        .anySatisfy(
                                p -> assertThat(p)
                                        .startsWith(
                                                "'type_mapping.string' at types.yaml:5 'VARCHAR(70000)' is not a Redshift type:"))
                        .anySatisfy(p -> assertThat(p)
                                .startsWith("'type_mapping.number' at types.yaml:6 'NUMBR' is not a Redshift type:")));
    }

    @Test
    void emptyValuesAreAbsentKeys() throws Exception {
        ProfileStore store = store();
        ConnectionProfile profile =
                store.loadFile(write("empty.yaml", "host: h\ndatabase: d\nuser: u\npassword:\nuse_merge_load:\n"));
        assertThat(((AuthMethod.Password) profile.auth()).password()).isEmpty();
        assertThat(profile.useMergeLoad()).isFalse();
    }

    @Test
    void aNestedMappingWhereAValueBelongsIsNamed() throws IOException {
        Path file = write("nested.yaml", "host:\n  name: h\ndatabase: d\nuser: u\n");
        assertThatThrownBy(() -> store().loadFile(file))
                .isInstanceOf(ProfileFileException.class)
                .hasMessage("'host' at nested.yaml:1 must be text; found a nested map");
    }

    @Test
    void invalidYamlNamesTheFile() throws IOException {
        Path file = write("broken.yaml", "host: [unclosed\n");
        assertThatThrownBy(() -> store().loadFile(file))
                .isInstanceOf(ProfileFileException.class)
                .hasMessageStartingWith("broken.yaml:2:1: not valid YAML (");
    }

    @Test
    void missingProfileSaysWhereItLooked() {
        assertThatThrownBy(() -> store().load("nope"))
                .isInstanceOf(ProfileFileException.class)
                .hasMessageContaining("No profile file at")
                .hasMessageContaining("nope.yaml");
    }
}
