package org.cradle.bootstrap.chain;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cradle.application.chain.SealChain;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the chain's sealer on every instance, every {@code cradle.chain.seal-interval} (ADR 16): each
 * run seals blocks until it has caught up; an instance that finds another sealing skips its turn. One
 * daemon thread; a failed run is logged and the next one tries again.
 */
@ApplicationScoped
public class ChainSealerSchedule {

    private static final Logger LOG = Logger.getLogger(ChainSealerSchedule.class);

    private final SealChain sealChain;
    private final Optional<Duration> interval;
    private ScheduledExecutorService executor;

    public ChainSealerSchedule(
            SealChain sealChain, @ConfigProperty(name = "cradle.chain.seal-interval") Optional<Duration> interval) {
        this.sealChain = sealChain;
        this.interval = interval.filter(d -> !d.isZero() && !d.isNegative());
    }

    void start(@Observes StartupEvent started) {
        if (interval.isEmpty()) {
            LOG.info("the chain's sealer is off (cradle.chain.seal-interval not set)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "chain-sealer");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.get().toMillis();
        executor.scheduleWithFixedDelay(this::sealAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Lets a seal in progress finish (it is one short transaction) before the database goes. */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        }
    }

    private void sealAll() {
        try {
            int sealed;
            do {
                sealed = sealChain.seal();
            } while (sealed == SealChain.BATCH);
        } catch (RuntimeException e) {
            LOG.warn("the chain's sealer failed; it runs again at the next interval", e);
        }
    }
}
