package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cradle.adapters.storage.S3BlobStore;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link VideoApiTest} again, with the videos in a real S3-compatible store: the resumed
 * upload after a cut connection (multipart upload, parts written as they arrive), range playback
 * (ranged GETs of the parts a range touches), the integrity failure, deletion and the parent's copy.
 */
@QuarkusTest
@TestProfile(S3Store.class)
@WithTestResource(OidcWiremockTestResource.class)
class VideoS3ApiTest extends VideoApiTest {

    @Test
    void the_sealed_bytes_are_in_the_s3_store_and_not_on_the_service_s_disk() {
        assertThat(store).isInstanceOf(S3BlobStore.class);
        String id = VideoFixtures.completeVideo(lead(), family(), episode(), java.util.List.of(mother()), mother());
        org.cradle.application.video.BlobKey sealed =
                new org.cradle.application.video.BlobKey("videos/" + id + "/sealed");

        assertThat(store.size(sealed)).isPositive();
        assertThat(Files.exists(Path.of("target/test-videos/videos", id))).isFalse();
    }
}
