package org.cradle.bootstrap.retention;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cradle.application.retention.SweepReport;
import org.cradle.application.retention.SweepRetention;
import org.cradle.bootstrap.OutsideAnyRequest;
import org.cradle.domain.actor.SystemProcess;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the retention sweeper over every organisation's records every {@code cradle.retention.sweep-interval}
 * (ADR 21), as the system process {@value #PROCESS}. Every instance may run it: the sweep's batches lock
 * the records they take and skip those another instance holds, so each record is dealt with once. One
 * daemon thread; a failed run is logged and the next one finishes its work.
 */
@ApplicationScoped
public class RetentionSweeperSchedule {

    static final String PROCESS = "retention-sweeper";

    private static final Logger LOG = Logger.getLogger(RetentionSweeperSchedule.class);

    private final SweepRetention sweepRetention;
    private final Optional<Duration> interval;
    private ScheduledExecutorService executor;

    public RetentionSweeperSchedule(
            SweepRetention sweepRetention,
            @ConfigProperty(name = "cradle.retention.sweep-interval") Optional<Duration> interval) {
        this.sweepRetention = sweepRetention;
        this.interval = interval.filter(d -> !d.isZero() && !d.isNegative());
    }

    void start(@Observes StartupEvent started) {
        if (interval.isEmpty()) {
            LOG.info("the retention sweeper is off (cradle.retention.sweep-interval not set)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, PROCESS);
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.get().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops between batches: a batch in progress either commits or, cut off, rolls back whole. */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        }
    }

    private void sweep() {
        OutsideAnyRequest.run(this::sweepOnce);
    }

    private void sweepOnce() {
        try {
            SweepReport report = sweepRetention.sweep(new SystemProcess(PROCESS), false);
            if (report.examined() > 0) {
                LOG.infof(
                        "retention sweep: %d records due, %s, rows removed %s",
                        report.examined(), report.actions(), report.rowsRemoved());
            }
        } catch (RuntimeException e) {
            LOG.warn("the retention sweep failed; the next one finishes its work", e);
        }
    }
}
