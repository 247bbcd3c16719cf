package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;

/**
 * A recording of care (a session video) as the retention rules see it: the record it belongs to (its
 * episode's), the day it was made, the day an accurate summary of it was written into that record (none
 * yet: null), and whether a recorded decision made it part of the formal record. Its date is {@code
 * NHS-RECORDING}'s, which counts from the summary or follows the record it belongs to.
 *
 * @param host the episode whose record the recording belongs to
 */
public record RetainedRecording(UUID id, UUID host, LocalDate createdOn, LocalDate summarisedOn, boolean formalRecord) {

    public RetainedRecording {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    /**
     * The recording as a record of its own, kept beside the record it belongs to: the same family,
     * organisation and people, part of that record, so that a hold on it keeps the recording too.
     */
    public RetainedRecord asRecord(RetainedRecord hostRecord) {
        if (!hostRecord.id().equals(host)) {
            throw new IllegalArgumentException("the recording belongs to " + host + ", not " + hostRecord.id());
        }
        return new RetainedRecord(
                RecordType.VIDEO,
                id,
                hostRecord.family(),
                createdOn,
                hostRecord.organisation(),
                hostRecord.sector(),
                hostRecord.serviceType(),
                hostRecord.end(),
                hostRecord.subjects(),
                null,
                host);
    }
}
