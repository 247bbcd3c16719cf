package org.cradle.application.retention;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.ReviewDecision;

/** Records officers' decisions on due records, and each organisation's choice of a second approval. */
public interface RetentionDecisions {

    /**
     * Keeps a decision; a second destruction of the same record (two officers at once) fails with a
     * conflict, through the database's unique index.
     */
    void add(ReviewDecision decision);

    /** The record's latest extension or keep, if any. */
    Optional<ReviewDecision> latestExtension(RecordType type, UUID record);

    /** Whether a destruction was decided for the record. */
    boolean destructionDecided(RecordType type, UUID record);

    /** The organisation's decision, locked until the transaction ends, for approving it. */
    Optional<ReviewDecision> findForApproval(UUID id, OrganisationId organisation);

    /** Stores a destruction's approval. */
    void approve(ReviewDecision decision);

    /** The organisation's decisions, newest first; only destructions awaiting approval when asked. */
    Page<ReviewDecision> of(OrganisationId organisation, boolean awaitingApproval, PageRequest page);

    /** Whether the organisation requires a second records officer to approve each destruction. */
    boolean secondApproval(OrganisationId organisation);

    /** Records the organisation's choice, with who, when and why. */
    void setSecondApproval(OrganisationId organisation, boolean required, String by, Instant at, String reason);
}
