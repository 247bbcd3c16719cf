package org.cradle.application.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How long the deployment keeps its backups (of the database, and of the video store's keys with it): a
 * record destroyed today is still in the backups taken before, until the last of them ages out. A
 * destruction certificate says on which day that is; the deployment's backup policy is what makes it
 * true (docs/operations.md).
 */
public record BackupRetention(Duration period) {

    public BackupRetention {
        Objects.requireNonNull(period, "period");
        if (period.isNegative()) {
            throw new IllegalArgumentException("cradle.retention.backup-retention must not be negative");
        }
    }

    /** The day the last backup taken before {@code destroyedAt} ages out, in the service's time zone. */
    public LocalDate ageOutAfter(Instant destroyedAt, Clock clock) {
        return LocalDate.ofInstant(destroyedAt.plus(period), clock.getZone());
    }
}
