package org.cradle.adapters.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in one bucket of an S3-compatible store, the key their object key. A blob written in
 * parts is a multipart upload, whose id {@link #begin} returns. An upload begun and never completed
 * costs storage until {@link #delete} aborts it; deployments should also have the bucket abort
 * incomplete uploads after a few days (a lifecycle rule), for those whose caller never came back.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    private static final String OCTETS = "application/octet-stream";

    /** The small buffer a ranged read is copied through when the caller's buffer has no array. */
    private static final int COPY_BUFFER = 64 * 1024;

    private final S3Client s3;
    private final String bucket;

    /** A client for the store at {@code endpoint}, addressing buckets by path as S3-compatible stores need. */
    public S3BlobStore(URI endpoint, String region, String accessKeyId, String secretAccessKey, String bucket) {
        this(client(endpoint, region, accessKeyId, secretAccessKey), bucket);
    }

    /** Takes {@code s3} over: closing this store closes it. */
    public S3BlobStore(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        createBucketIfMissing();
    }

    private static S3Client client(URI endpoint, String region, String accessKeyId, String secretAccessKey) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .forcePathStyle(true)
                // The SDK's default since 2.30 sends CRC trailers that many S3-compatible stores refuse;
                // S3 itself still checks the payload's signature.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)))
                .build();
    }

    /**
     * Deployments normally create the bucket (with its lifecycle rules and access policy) and give
     * Cradle no right to; this only spares a developer's or a test's store the step.
     */
    private void createBucketIfMissing() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return;
        } catch (SdkException e) {
            if (!(e instanceof S3Exception answer) || answer.statusCode() != 404) {
                throw new Unavailable("could not reach bucket " + bucket + ": " + e.getMessage(), e);
            }
        }
        Region region = s3.serviceClientConfiguration().region();
        try {
            s3.createBucket(request -> {
                request.bucket(bucket);
                // Outside us-east-1, S3 wants the region named again in the request.
                if (region != null && !Region.US_EAST_1.equals(region)) {
                    request.createBucketConfiguration(where -> where.locationConstraint(region.id()));
                }
            });
        } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException raced) {
            // Made meanwhile by another instance starting: it is there, which is all that was needed.
        } catch (SdkException e) {
            throw new Unavailable("could not create bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String begin(BlobKey key) {
        try {
            return s3.createMultipartUpload(request -> request.bucket(bucket).key(key.value()))
                    .uploadId();
        } catch (SdkException e) {
            throw S3Failures.of("begin", key, e);
        }
    }

    @Override
    public void writePart(BlobKey key, String upload, int number, long offset, ByteBuffer part) {
        int length = part.remaining();
        try {
            s3.uploadPart(
                    request -> request.bucket(bucket)
                            .key(key.value())
                            .uploadId(upload)
                            .partNumber(number)
                            .contentLength((long) length),
                    body(part));
        } catch (SdkException e) {
            throw S3Failures.of("write part " + number + " of", key, e);
        }
    }

    @Override
    public void complete(BlobKey key, String upload, int parts) {
        List<CompletedPart> completed;
        try {
            completed = partsOf(key, upload, parts);
        } catch (SdkException e) {
            if (!S3Failures.isMissing(e)) {
                throw S3Failures.of("complete", key, e);
            }
            completed = List.of();
        }
        if (completed.isEmpty()) {
            // No such upload: S3 says NoSuchUpload, S3Proxy lists no parts. Either it was completed by
            // a call whose success its caller never saw (S3 then forgets the upload), or it was deleted.
            if (exists(key)) {
                return;
            }
            throw new Missing(key);
        }
        List<CompletedPart> inOrder = completed;
        try {
            s3.completeMultipartUpload(request -> request.bucket(bucket)
                    .key(key.value())
                    .uploadId(upload)
                    .multipartUpload(whole -> whole.parts(inOrder)));
        } catch (SdkException e) {
            throw S3Failures.of("complete", key, e);
        }
    }

    /**
     * Parts 1 to {@code parts} as S3 holds them, with the ETags it gave them when last written; none if
     * the store holds no part of the upload at all.
     */
    private List<CompletedPart> partsOf(BlobKey key, String upload, int parts) {
        String[] etags = new String[parts];
        int listed = 0;
        for (Part part : s3.listPartsPaginator(
                        request -> request.bucket(bucket).key(key.value()).uploadId(upload))
                .parts()) {
            listed++;
            if (part.partNumber() <= parts) {
                etags[part.partNumber() - 1] = part.eTag();
            }
        }
        if (listed == 0) {
            return List.of();
        }
        List<CompletedPart> completed = new ArrayList<>(parts);
        for (int number = 1; number <= parts; number++) {
            if (etags[number - 1] == null) {
                throw new IllegalStateException("part " + number + " of " + key + " was never written");
            }
            completed.add(CompletedPart.builder()
                    .partNumber(number)
                    .eTag(etags[number - 1])
                    .build());
        }
        return completed;
    }

    @Override
    public long size(BlobKey key) {
        try {
            return s3.headObject(request -> request.bucket(bucket).key(key.value()))
                    .contentLength();
        } catch (SdkException e) {
            throw S3Failures.of("read the size of", key, e);
        }
    }

    @Override
    public int read(BlobKey key, long position, ByteBuffer into) {
        int wanted = into.remaining();
        if (wanted == 0) {
            return 0;
        }
        String range = "bytes=" + position + "-" + (position + wanted - 1);
        try (ResponseInputStream<GetObjectResponse> body =
                s3.getObject(request -> request.bucket(bucket).key(key.value()).range(range))) {
            requireRange(key, position, body.response());
            return copy(body, into);
        } catch (SdkException e) {
            if (S3Failures.isPastTheEnd(e)) {
                return -1;
            }
            throw S3Failures.of("read", key, e);
        } catch (IOException | UncheckedIOException e) {
            throw new Unavailable("could not read " + key, e);
        }
    }

    /** A store that ignored the range would answer the blob from its start: those bytes are not the ones asked for. */
    private static void requireRange(BlobKey key, long position, GetObjectResponse response) {
        String contentRange = response.contentRange();
        if (contentRange == null ? position != 0 : !contentRange.startsWith("bytes " + position + "-")) {
            throw new Unavailable(
                    "the store answered a read of " + key + " at " + position + " with " + contentRange, null);
        }
    }

    /** Fills the buffer from the stream, to the end of either; returns how many bytes it took. */
    private static int copy(InputStream from, ByteBuffer into) throws IOException {
        int total = 0;
        if (into.hasArray()) {
            while (into.hasRemaining()) {
                int read = from.read(into.array(), into.arrayOffset() + into.position(), into.remaining());
                if (read == -1) {
                    break;
                }
                into.position(into.position() + read);
                total += read;
            }
            return total;
        }
        byte[] chunk = new byte[Math.min(COPY_BUFFER, into.remaining())];
        while (into.hasRemaining()) {
            int read = from.read(chunk, 0, Math.min(chunk.length, into.remaining()));
            if (read == -1) {
                break;
            }
            into.put(chunk, 0, read);
            total += read;
        }
        return total;
    }

    @Override
    public void put(BlobKey key, ByteBuffer bytes) {
        int length = bytes.remaining();
        try {
            s3.putObject(request -> request.bucket(bucket).key(key.value()).contentLength((long) length), body(bytes));
        } catch (SdkException e) {
            throw S3Failures.of("put", key, e);
        }
    }

    @Override
    public Optional<byte[]> get(BlobKey key) {
        try {
            return Optional.of(
                    s3.getObjectAsBytes(request -> request.bucket(bucket).key(key.value()))
                            .asByteArray());
        } catch (SdkException e) {
            if (S3Failures.isMissing(e)) {
                return Optional.empty();
            }
            throw S3Failures.of("get", key, e);
        }
    }

    @Override
    public void delete(BlobKey key) {
        try {
            // S3 answers a delete of no object with success, as the port wants.
            s3.deleteObject(request -> request.bucket(bucket).key(key.value()));
            for (MultipartUpload upload : s3.listMultipartUploadsPaginator(
                            request -> request.bucket(bucket).prefix(key.value()))
                    .uploads()) {
                // The prefix also matches longer keys ("a/video" lists "a/video2"): only this key's go.
                if (upload.key().equals(key.value())) {
                    abort(key, upload.uploadId());
                }
            }
        } catch (SdkException e) {
            throw S3Failures.of("delete", key, e);
        }
    }

    private void abort(BlobKey key, String upload) {
        try {
            s3.abortMultipartUpload(
                    request -> request.bucket(bucket).key(key.value()).uploadId(upload));
        } catch (SdkException e) {
            if (!S3Failures.isMissing(e)) {
                throw e;
            }
            // Aborted meanwhile, or completed: either way not this delete's to remove.
        }
    }

    /**
     * The buffer's remaining bytes as the request's body, streamed from the buffer itself: the SDK reads
     * it twice over plain HTTP (once to sign it) and again on a retry, so each reading gets a fresh view.
     */
    private static RequestBody body(ByteBuffer bytes) {
        ByteBuffer view = bytes.duplicate();
        return RequestBody.fromContentProvider(() -> new ByteBufferInputStream(view), view.remaining(), OCTETS);
    }

    private boolean exists(BlobKey key) {
        try {
            size(key);
            return true;
        } catch (Missing e) {
            return false;
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
