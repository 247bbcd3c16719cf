package org.cradle.application.retention;

/**
 * How many records a sweep's batch claims and deals with in one transaction: small enough that a sweep
 * killed mid-way loses little and holds its locks briefly, large enough that the per-batch statements
 * cost little per record.
 */
public record SweepBatchSize(int records) {
    public SweepBatchSize {
        if (records < 1 || records > 10_000) {
            throw new IllegalArgumentException("A sweep's batch is 1 to 10000 records, not " + records);
        }
    }
}
