package org.cradle.bootstrap.persistence.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cradle.application.video.ByteRange;
import org.cradle.application.video.VideoPlaybacks;
import org.cradle.contracts.video.VideoPlaybacksContract;
import org.cradle.domain.access.VideoUse;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.video.VideoId;
import org.junit.jupiter.api.Test;

/** The playbacks' contract, against {@code SqlVideoPlaybacks} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SqlVideoPlaybacksTest extends VideoPlaybacksContract {

    @Inject
    VideoPlaybacks playbacks;

    @Inject
    StoredVideos stored;

    private final OrganisationId organisation = organisation("playbacks");

    @Override
    protected VideoPlaybacks playbacks() {
        return playbacks;
    }

    @Override
    protected VideoId video() {
        return stored.video(organisation);
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    /**
     * A player opens a video with two requests at once: the second's transaction waits on the first's
     * lock, then finds its session, so only one of them begins one (and is audited).
     */
    @Test
    void two_first_ranges_asked_for_at_once_begin_one_session() throws Exception {
        VideoId video = video();
        Instant at = Instant.parse("2026-04-01T09:00:00Z");
        CountDownLatch inside = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(1);
        try {
            Future<Boolean> second = threads.submit(() -> {
                inside.await(10, TimeUnit.SECONDS);
                return transaction(() -> playbacks.played(
                        video, "p.viewer", VideoUse.WORK, new ByteRange(100, 199), at, Duration.ofMinutes(30)));
            });
            boolean first = transaction(() -> {
                boolean began = playbacks.played(
                        video, "p.viewer", VideoUse.WORK, new ByteRange(0, 99), at, Duration.ofMinutes(30));
                inside.countDown();
                // Hold the transaction (and its lock) open a moment, so that the second asks meanwhile.
                sleep(300);
                return began;
            });
            assertThat(List.of(first, second.get(20, TimeUnit.SECONDS))).containsExactly(true, false);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
