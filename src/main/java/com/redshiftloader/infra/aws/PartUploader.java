package com.redshiftloader.infra.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Uploads one local file: PutObject below the multipart threshold, else a multipart upload in chunks read one at a
 * time (memory per upload: one chunk). A failed or interrupted multipart upload is aborted so no invisible parts stay
 * billed; uploads still open when the stager gives up are aborted by {@link #abortOpenUploads()}.
 */
final class PartUploader {

    private static final Logger LOG = LoggerFactory.getLogger(PartUploader.class);

    private final S3Client s3;
    private final String bucket;
    private final UploadLimits limits;
    private final Map<String, String> openUploads = new ConcurrentHashMap<>();

    PartUploader(S3Client s3, String bucket, UploadLimits limits) {
        this.s3 = s3;
        this.bucket = bucket;
        this.limits = limits;
    }

    StagedObject upload(Path file, String key) throws IOException {
        long size = Files.size(file);
        if (size < limits.multipartThreshold()) {
            s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(file));
            return new StagedObject(key, url(key), size, false);
        }
        String uploadId = s3.createMultipartUpload(
                        request -> request.bucket(bucket).key(key))
                .uploadId();
        openUploads.put(uploadId, key);
        boolean completed = false;
        try {
            List<CompletedPart> parts = uploadChunks(file, key, uploadId);
            s3.completeMultipartUpload(request ->
                    request.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(upload -> upload.parts(parts)));
            completed = true;
            return new StagedObject(key, url(key), size, true);
        } finally {
            if (!completed) {
                abort(uploadId, key);
            }
            openUploads.remove(uploadId);
        }
    }

    private List<CompletedPart> uploadChunks(Path file, String key, String uploadId) throws IOException {
        List<CompletedPart> parts = new ArrayList<>();
        byte[] chunk = new byte[limits.multipartChunkBytes()];
        try (InputStream in = Files.newInputStream(file)) {
            int length;
            while ((length = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                int number = parts.size() + 1;
                String etag = s3.uploadPart(
                                request -> request.bucket(bucket)
                                        .key(key)
                                        .uploadId(uploadId)
                                        .partNumber(number),
                                chunkBody(chunk, length))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
        }
        return parts;
    }

    private static RequestBody chunkBody(byte[] chunk, int length) {
        return RequestBody.fromContentProvider(
                () -> new ByteArrayInputStream(chunk, 0, length), length, "application/octet-stream");
    }

    /** Aborts multipart uploads that are still open (called after the upload threads have stopped). */
    void abortOpenUploads() {
        openUploads.forEach((uploadId, key) -> abort(uploadId, key));
        openUploads.clear();
    }

    private void abort(String uploadId, String key) {
        boolean interrupted = Thread.interrupted();
        try {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
        } catch (RuntimeException e) {
            LOG.warn("Could not abort the multipart upload of s3://{}/{}: {}", bucket, key, e.toString());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    String url(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
