package org.cradle.bootstrap.video;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cradle.application.video.CheckDueVideos;
import org.cradle.application.video.ExpireVideoUploads;
import org.cradle.application.video.LeftoverVideoBlobs;
import org.cradle.bootstrap.OutsideAnyRequest;
import org.cradle.domain.actor.SystemProcess;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Cradle's video housekeeping, as the system process {@value #PROCESS}: every {@code
 * cradle.videos.housekeeping-interval} it abandons uploads whose time ran out (their keys destroyed,
 * their bytes removed), removes the blobs of destroyed videos that a store outage left behind, and
 * checks a batch of the videos least recently checked, marking any that fail.
 * One daemon thread; a failed run is logged and the next one goes on.
 */
@ApplicationScoped
public class VideoHousekeepingSchedule {

    static final String PROCESS = "video-housekeeping";
    private static final int CHECKS_PER_RUN = 5;

    private static final Logger LOG = Logger.getLogger(VideoHousekeepingSchedule.class);

    private final ExpireVideoUploads expire;
    private final CheckDueVideos check;
    private final LeftoverVideoBlobs leftovers;
    private final Optional<Duration> interval;
    private final Duration checkEvery;
    private ScheduledExecutorService executor;

    public VideoHousekeepingSchedule(
            ExpireVideoUploads expire,
            CheckDueVideos check,
            LeftoverVideoBlobs leftovers,
            @ConfigProperty(name = "cradle.videos.housekeeping-interval") Optional<Duration> interval,
            @ConfigProperty(name = "cradle.videos.check-every", defaultValue = "P30D") Duration checkEvery) {
        this.expire = expire;
        this.check = check;
        this.leftovers = leftovers;
        this.interval = interval.filter(d -> !d.isZero() && !d.isNegative());
        this.checkEvery = checkEvery;
    }

    void start(@Observes StartupEvent started) {
        if (interval.isEmpty()) {
            LOG.info("video housekeeping is off (cradle.videos.housekeeping-interval not set)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, PROCESS);
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.get().toMillis();
        executor.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** One round of housekeeping, on the calling thread, outside any request. */
    public void runOnce() {
        OutsideAnyRequest.run(this::run);
    }

    private void run() {
        SystemProcess process = new SystemProcess(PROCESS);
        try {
            int abandoned = expire.expire(process);
            if (abandoned > 0) {
                LOG.infof("abandoned %d expired video uploads", abandoned);
            }
            int removed = leftovers.removeLeftovers();
            if (removed > 0) {
                LOG.infof("removed %d blobs of destroyed videos", removed);
            }
            check.check(process, checkEvery, CHECKS_PER_RUN)
                    .forEach(failed -> LOG.errorf("video %s failed its integrity check", failed.id()));
        } catch (RuntimeException e) {
            LOG.warn("video housekeeping failed; it runs again at the next interval", e);
        }
    }
}
