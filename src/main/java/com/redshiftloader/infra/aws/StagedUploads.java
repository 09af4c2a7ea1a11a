package com.redshiftloader.infra.aws;

import com.redshiftloader.domain.profile.AwsCredentialsSource;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.S3Staging;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 side of one staged load: part files go up in the background, a bounded number at a time, under one run
 * prefix; then a manifest; afterwards everything under the run prefix is deleted. Not thread-safe: one writer thread
 * calls it, the uploads run on its own threads. Close it to stop the threads and release the client.
 */
public final class StagedUploads implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StagedUploads.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final S3Client s3;
    private final AwsCredentialsProvider credentials;
    private final String bucket;
    private final String runPrefix;
    private final PartUploader uploader;
    private final Semaphore slots;
    private final ExecutorService executor;
    private final List<Future<StagedObject>> uploads = new ArrayList<>();

    StagedUploads(
            S3Client s3, AwsCredentialsProvider credentials, String bucket, String runPrefix, UploadLimits limits) {
        this.s3 = s3;
        this.credentials = credentials;
        this.bucket = bucket;
        this.runPrefix = runPrefix;
        this.uploader = new PartUploader(s3, bucket, limits);
        this.slots = new Semaphore(limits.parallelUploads());
        this.executor = Executors.newFixedThreadPool(limits.parallelUploads(), task -> {
            Thread thread = new Thread(task, "s3-upload-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the staging client for the profile: upload credentials are the s3_creds keys, else the IAM login's keys
     * or AWS profile, else the default chain; the endpoint honours {@code AWS_ENDPOINT_URL_S3}.
     *
     * @param runPrefix the key prefix of this run, ending in {@code /}
     */
    public static StagedUploads open(
            ConnectionProfile profile,
            S3Staging staging,
            String runPrefix,
            UploadLimits limits,
            Function<String, Optional<String>> environment) {
        AwsCredentialsSource source = S3Clients.credentialsSource(profile, staging);
        AwsCredentialsProvider credentials = AwsCredentialProviders.provider(source, environment);
        Region region = Region.of(staging.region().or(profile::region).orElse("us-east-1"));
        ClientOverrideConfiguration timeouts = ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(Duration.ofMinutes(5))
                .build();
        S3Client client = S3Clients.build(region, credentials, timeouts);
        return new StagedUploads(client, credentials, staging.bucket(), runPrefix, limits);
    }

    /** The key prefix of this run. */
    public String runPrefix() {
        return runPrefix;
    }

    /** The {@code s3://bucket/prefix/} of this run. */
    public String runUrl() {
        return uploader.url(runPrefix);
    }

    /**
     * Uploads the file as {@code <runPrefix><name>} in the background and deletes the local file afterwards. Waits
     * while all upload slots are busy; a failed earlier upload is reported here at the latest.
     */
    public void submit(Path file, String name) throws InterruptedException, IOException {
        failFast();
        slots.acquire();
        String key = runPrefix + name;
        uploads.add(executor.submit(() -> {
            try {
                return uploader.upload(file, key);
            } finally {
                Files.deleteIfExists(file);
                slots.release();
            }
        }));
    }

    private void failFast() throws IOException, InterruptedException {
        for (Future<StagedObject> upload : uploads) {
            if (upload.isDone()) {
                result(upload);
            }
        }
    }

    /** Waits for every submitted upload, in submission order. */
    public List<StagedObject> awaitAll() throws IOException, InterruptedException {
        List<StagedObject> done = new ArrayList<>(uploads.size());
        for (Future<StagedObject> upload : uploads) {
            done.add(result(upload));
        }
        return done;
    }

    private static StagedObject result(Future<StagedObject> upload) throws IOException, InterruptedException {
        try {
            return upload.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("An upload failed", cause);
        }
    }

    /** Writes the COPY manifest listing the parts and returns its {@code s3://} URL. */
    public String writeManifest(List<StagedObject> parts) {
        String key = runPrefix + "manifest";
        s3.putObject(
                request -> request.bucket(bucket).key(key).contentType("application/json"),
                RequestBody.fromString(StagingManifest.json(parts), StandardCharsets.UTF_8));
        return uploader.url(key);
    }

    /** Streams a staged object (to find a rejected row again). */
    public InputStream read(String key) {
        return s3.getObject(request -> request.bucket(bucket).key(key));
    }

    /** The keys under the run prefix, sorted. */
    public List<String> stagedKeys() {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(runPrefix)).contents().stream()
                .map(S3Object::key)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /**
     * Stops the uploads still running, aborts open multipart uploads and deletes every object under the run prefix.
     * Runs with the thread's interrupt flag cleared (and restores it), so it also cleans up after a cancel.
     *
     * @return the number of objects deleted
     */
    public int deleteAll() {
        boolean interrupted = Thread.interrupted();
        try {
            stopUploads();
            uploader.abortOpenUploads();
            List<String> keys = stagedKeys();
            for (String key : keys) {
                s3.deleteObject(request -> request.bucket(bucket).key(key));
            }
            LOG.debug("Deleted {} staged objects under {}", keys.size(), runUrl());
            return keys.size();
        } catch (InterruptedException e) {
            interrupted = true;
            throw new IllegalStateException("Interrupted while stopping the uploads", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stopUploads() throws InterruptedException {
        uploads.forEach(upload -> upload.cancel(true));
        executor.shutdownNow();
        if (!executor.awaitTermination(2, TimeUnit.MINUTES)) {
            LOG.warn("Uploads under {} did not stop within 2 minutes", runUrl());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            s3.close();
        } finally {
            AwsCredentialProviders.close(credentials);
        }
    }
}
