package com.redshiftloader.testinfra.redshift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Finds the S3 objects a COPY names (all keys under a prefix, or the entries of a manifest) and concatenates them
 * into one local file, gunzipped and without header lines, for PostgreSQL to read.
 */
final class S3Source {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client s3;

    S3Source(S3Client s3) {
        this.s3 = s3;
    }

    /** An object address. */
    record Location(String bucket, String key) {

        static Location parse(String url) {
            if (!url.startsWith("s3://")) {
                throw new RedshiftCopyException("Invalid S3 URL '" + url + "'. It must start with s3://");
            }
            String path = url.substring("s3://".length());
            int slash = path.indexOf('/');
            return slash < 0
                    ? new Location(path, "")
                    : new Location(path.substring(0, slash), path.substring(slash + 1));
        }

        String url() {
            return "s3://" + bucket + "/" + key;
        }
    }

    /** The objects to load, in load order. */
    List<Location> locate(CopyFromS3Statement statement) {
        Location source = Location.parse(statement.source());
        try {
            return statement.options().manifest() ? manifestEntries(source) : underPrefix(source);
        } catch (NoSuchBucketException e) {
            throw new RedshiftCopyException(
                    "S3ServiceException:The specified bucket does not exist,Status 404,Error NoSuchBucket", e);
        } catch (S3Exception e) {
            throw new RedshiftCopyException(s3Message(e), e);
        }
    }

    private List<Location> underPrefix(Location prefix) {
        List<Location> found = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(prefix.bucket()).prefix(prefix.key())).contents().stream()
                .map(S3Object::key)
                .filter(key -> !key.endsWith("/"))
                .sorted(Comparator.naturalOrder())
                .forEach(key -> found.add(new Location(prefix.bucket(), key)));
        if (found.isEmpty()) {
            throw new RedshiftCopyException("The specified S3 prefix '" + prefix.key() + "' does not exist");
        }
        return found;
    }

    private List<Location> manifestEntries(Location manifest) {
        JsonNode root;
        try {
            root = JSON.readTree(
                    s3.getObjectAsBytes(b -> b.bucket(manifest.bucket()).key(manifest.key()))
                            .asByteArray());
        } catch (NoSuchKeyException e) {
            throw new RedshiftCopyException("Problem reading manifest file - " + s3Message(e), e);
        } catch (IOException e) {
            throw new RedshiftCopyException("Manifest file is not in correct json format", e);
        }
        List<Location> entries = new ArrayList<>();
        for (JsonNode entry : root.path("entries")) {
            Location location = Location.parse(entry.path("url").asText());
            if (exists(location)) {
                entries.add(location);
            } else if (entry.path("mandatory").asBoolean(false)) {
                throw new RedshiftCopyException("S3ServiceException:The specified key does not exist.,Status 404,"
                        + "Error NoSuchKey; mandatory manifest entry '" + location.url() + "'");
            }
        }
        return entries;
    }

    private boolean exists(Location location) {
        try {
            s3.headObject(b -> b.bucket(location.bucket()).key(location.key()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Writes the objects, one after the other, to {@code file}; each object's first lines are skipped. */
    void download(List<Location> objects, boolean gzip, int headerLines, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            for (Location object : objects) {
                try (InputStream raw =
                                s3.getObject(b -> b.bucket(object.bucket()).key(object.key()));
                        InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 64 * 1024) : raw)) {
                    skipLines(in, headerLines);
                    copyEndingWithNewline(in, out);
                }
            }
        } catch (S3Exception e) {
            throw new RedshiftCopyException(s3Message(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stage " + objects + " in " + file, e);
        }
    }

    /** Skips physical lines (as Redshift's IGNOREHEADER does, whatever the quoting). */
    private static void skipLines(InputStream in, int lines) throws IOException {
        int skipped = 0;
        int b;
        while (skipped < lines && (b = in.read()) >= 0) {
            if (b == '\n') {
                skipped++;
            }
        }
    }

    /** Copies the rest of {@code in}, adding a final newline when missing so the next object starts a new row. */
    private static void copyEndingWithNewline(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int last = '\n';
        int read;
        while ((read = in.read(buffer)) >= 0) {
            if (read > 0) {
                out.write(buffer, 0, read);
                last = buffer[read - 1];
            }
        }
        if (last != '\n') {
            out.write('\n');
        }
    }

    private static String s3Message(S3Exception e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null
                ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
        return "S3ServiceException:" + message + ",Status " + e.statusCode() + ",Error " + code;
    }
}
