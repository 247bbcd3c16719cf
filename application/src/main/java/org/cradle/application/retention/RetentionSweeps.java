package org.cradle.application.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.DestructionCertificate;
import org.cradle.domain.retention.SweepCandidate;

/** What the sweeper reads, claims and changes: due records, the review queue, destructions. */
public interface RetentionSweeps {

    /**
     * Where a sweep of one organisation has got to: the last record it claimed, in (due date, id) order;
     * a record is due on its early review's day, if one is still to come, or its date.
     */
    record Position(LocalDate dueOn, java.util.UUID recordId) {}

    /** The organisations with a record due on or before {@code today}. */
    List<OrganisationId> organisationsDue(LocalDate today);

    /**
     * Up to {@code limit} of the organisation's records due on or before {@code today}, after
     * {@code after} (from the first when null) in (due date, id) order, each locked until the transaction
     * ends. A record another sweep has locked is skipped: that sweep is dealing with it.
     */
    List<SweepCandidate> claim(OrganisationId organisation, Position after, LocalDate today, int limit);

    /** Puts the records in the review queue on {@code today}. */
    void queue(List<SweepCandidate> records, LocalDate today);

    /**
     * Destroys each certificate's record and everything hanging from it that no other record needs, leaves
     * the tombstones and keeps the certificates; returns how many rows each table lost.
     */
    Map<String, Integer> destroy(List<DestructionCertificate> certificates);
}
