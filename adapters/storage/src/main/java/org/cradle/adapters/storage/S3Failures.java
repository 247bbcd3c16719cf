package org.cradle.adapters.storage;

import java.util.Set;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.BlobStore;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** The port's failures for S3's answers, from their status and error code. */
final class S3Failures {

    /** AWS says EntityTooLarge; S3-compatible stores out of disk say 507, or a code of their own. */
    private static final Set<String> FULL = Set.of("EntityTooLarge", "InsufficientStorage", "XMinioStorageFull");

    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchUpload");

    private S3Failures() {}

    static RuntimeException of(String doing, BlobKey key, SdkException failure) {
        if (isMissing(failure)) {
            return new BlobStore.Missing(key);
        }
        String code = code(failure);
        if (FULL.contains(code) || status(failure) == 507) {
            return new BlobStore.Full("no space left to " + doing + " " + key, failure);
        }
        if ("EntityTooSmall".equals(code)) {
            // A caller's mistake (a part but the last under the minimum), which trying again cannot mend.
            return new IllegalArgumentException("a part of " + key + " is under the minimum size", failure);
        }
        // Unreachable, 5xx, throttled, refused credentials, a bucket gone: all for an operator to mend.
        return new BlobStore.Unavailable("could not " + doing + " " + key + ": " + failure.getMessage(), failure);
    }

    /**
     * No such object or upload. Not a 404 for a missing bucket: that is the deployment's fault, and
     * calling every blob missing would hide it.
     */
    static boolean isMissing(SdkException failure) {
        String code = code(failure);
        return MISSING.contains(code) || (status(failure) == 404 && !"NoSuchBucket".equals(code));
    }

    /** 416: the range starts at or past the end of the object. */
    static boolean isPastTheEnd(SdkException failure) {
        return status(failure) == 416 || "InvalidRange".equals(code(failure));
    }

    private static int status(SdkException failure) {
        return failure instanceof AwsServiceException service ? service.statusCode() : 0;
    }

    private static String code(SdkException failure) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return String.valueOf(service.awsErrorDetails().errorCode());
        }
        return "";
    }
}
