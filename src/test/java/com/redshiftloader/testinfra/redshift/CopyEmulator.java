package com.redshiftloader.testinfra.redshift;

import com.redshiftloader.testinfra.redshift.CopyFromS3Statement.Compression;
import com.redshiftloader.testinfra.redshift.CopyFromS3Statement.Format;
import com.redshiftloader.testinfra.redshift.CopySqlTokens.CopySyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Turns Redshift {@code COPY ... FROM 's3://...'} statements into PostgreSQL {@code COPY ... FROM '<local file>'}
 * statements: the S3 objects are staged in a local file that the PostgreSQL server (same machine, same OS user)
 * reads, so the load runs in the client's own session and transaction. Refused COPYs become a statement that raises
 * the error Redshift would give.
 */
final class CopyEmulator {

    private static final Logger LOG = LoggerFactory.getLogger(CopyEmulator.class);

    static final String INVALID_CREDENTIALS = "Invalid credentials. Must be of the format: credentials "
            + "'aws_iam_role=...' or 'aws_access_key_id=...;aws_secret_access_key=...[;token=...]'";

    private final Supplier<S3Client> s3;
    private final Path stagingDirectory;
    private final Consumer<CopyRequest> listener;
    private final BooleanSupplier lastObjectOnly;

    /**
     * @param s3 the S3 client to read objects with, asked for on the first COPY only
     * @param stagingDirectory where the staged files go; must be readable by the PostgreSQL server
     * @param listener told about every intercepted COPY
     * @param lastObjectOnly whether a COPY loads only the last of its objects (fault injection)
     */
    CopyEmulator(
            Supplier<S3Client> s3,
            Path stagingDirectory,
            Consumer<CopyRequest> listener,
            BooleanSupplier lastObjectOnly) {
        this.lastObjectOnly = lastObjectOnly;
        this.s3 = s3;
        this.stagingDirectory = stagingDirectory;
        this.listener = listener;
    }

    Session openSession() {
        return new Session();
    }

    /** The COPYs of one client connection; its staged files are deleted when the connection ends. */
    final class Session implements AutoCloseable {

        private final List<Path> stagedFiles = new ArrayList<>();

        /** The statement to run instead of {@code sql}, or empty when {@code sql} is not a COPY from S3. */
        Optional<String> rewrite(String sql) {
            Optional<CopyFromS3Statement> parsed;
            try {
                parsed = CopyFromS3Statement.parse(sql);
            } catch (CopySyntaxException e) {
                return Optional.of(PostgresSql.raise("COPY: " + e.getMessage()));
            }
            return parsed.map(statement -> emulate(sql, statement));
        }

        private String emulate(String sql, CopyFromS3Statement statement) {
            String executed;
            Optional<String> refusal = Optional.empty();
            try {
                executed = load(statement);
            } catch (RedshiftCopyException e) {
                refusal = Optional.of(e.getMessage());
                executed = PostgresSql.raise(e.getMessage());
            } catch (RuntimeException e) {
                // A stand-in failure (S3 server unreachable, disk full) must reach the test as an SQL error too.
                LOG.warn("COPY emulation failed for {}", statement.source(), e);
                refusal = Optional.of("Redshift stand-in could not emulate the COPY: " + e);
                executed = PostgresSql.raise(refusal.get());
            }
            LOG.debug("COPY from S3 {} rewritten to {}", statement.source(), executed);
            listener.accept(new CopyRequest(sql, statement, executed, refusal));
            return executed;
        }

        private String load(CopyFromS3Statement statement) {
            check(statement);
            S3Source source = new S3Source(s3.get());
            List<S3Source.Location> objects = source.locate(statement);
            if (lastObjectOnly.getAsBoolean()) {
                objects = List.of(objects.getLast());
            }
            Path file = stage();
            source.download(
                    objects,
                    statement.options().compression() == Compression.GZIP,
                    statement.options().ignoreHeader(),
                    file);
            String copy = PostgresSql.copyFromFile(statement, file);
            return statement.options().noLoad() ? PostgresSql.validateOnly(copy) : copy;
        }

        private static void check(CopyFromS3Statement statement) {
            if (statement.credentials() instanceof CopyCredentials.Missing) {
                throw new RedshiftCopyException(INVALID_CREDENTIALS);
            }
            Format format = statement.options().format();
            if (format != Format.CSV && format != Format.TEXT) {
                throw new RedshiftCopyException("The Redshift stand-in does not emulate COPY FORMAT " + format);
            }
            Compression compression = statement.options().compression();
            if (compression != Compression.NONE && compression != Compression.GZIP) {
                throw new RedshiftCopyException("The Redshift stand-in does not emulate " + compression + " COPY");
            }
        }

        private Path stage() {
            try {
                Path file = Files.createTempFile(stagingDirectory, "copy-", ".data");
                stagedFiles.add(file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            for (Path file : stagedFiles) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}: {}", file, e.toString());
                }
            }
        }
    }
}
