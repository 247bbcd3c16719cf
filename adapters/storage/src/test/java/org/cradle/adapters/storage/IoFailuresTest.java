package org.cradle.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.BlobStore;
import org.junit.jupiter.api.Test;

/** A full disk cannot be had on demand in a test, so the reading of Java's failures is tested alone. */
class IoFailuresTest {

    private final BlobKey key = new BlobKey("videos/v1");

    @Test
    void no_space_is_full_whether_said_as_a_reason_or_a_message() {
        assertThat(IoFailures.of("write", key, new FileSystemException("/data/v1", null, "No space left on device")))
                .isInstanceOf(BlobStore.Full.class);
        assertThat(IoFailures.of("write", key, new IOException("No space left on device")))
                .isInstanceOf(BlobStore.Full.class);
        assertThat(IoFailures.of("write", key, new IOException("Disk quota exceeded")))
                .isInstanceOf(BlobStore.Full.class);
    }

    @Test
    void other_failures_are_unavailable() {
        assertThat(IoFailures.of("write", key, new AccessDeniedException("/data/v1")))
                .isInstanceOf(BlobStore.Unavailable.class);
        assertThat(IoFailures.of("write", key, new IOException((String) null)))
                .isInstanceOf(BlobStore.Unavailable.class);
    }
}
