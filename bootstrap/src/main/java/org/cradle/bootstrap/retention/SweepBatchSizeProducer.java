package org.cradle.bootstrap.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cradle.application.retention.SweepBatchSize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many records each transaction of a retention sweep deals with (ADR 21). */
@ApplicationScoped
public class SweepBatchSizeProducer {

    @Produces
    @Singleton
    SweepBatchSize sweepBatchSize(
            @ConfigProperty(name = "cradle.retention.sweep-batch-size", defaultValue = "200") int records) {
        return new SweepBatchSize(records);
    }
}
