package org.cradle.bootstrap.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.cradle.application.retention.BackupRetention;
import org.cradle.application.retention.SweepBatchSize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sweeper's settings: how many records each of its transactions deals with (ADR 21), and backups. */
@ApplicationScoped
public class SweepBatchSizeProducer {

    @Produces
    @Singleton
    SweepBatchSize sweepBatchSize(
            @ConfigProperty(name = "cradle.retention.sweep-batch-size", defaultValue = "200") int records) {
        return new SweepBatchSize(records);
    }

    /** How long the deployment's backups are kept, for the certificates to say when a copy is gone. */
    @Produces
    @Singleton
    BackupRetention backupRetention(
            @ConfigProperty(name = "cradle.retention.backup-retention", defaultValue = "P35D") Duration period) {
        return new BackupRetention(period);
    }
}
