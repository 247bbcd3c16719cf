package org.cradle.application.retention;

import java.util.List;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.LegalHold;
import org.cradle.domain.retention.LegalHoldId;

/** The legal holds organisations have placed. */
public interface LegalHolds {

    void add(LegalHold hold);

    /** The organisation's hold, for reading; empty when unknown or another organisation's. */
    Optional<LegalHold> find(LegalHoldId id, OrganisationId organisation);

    /** The organisation's hold, locked until the transaction ends, for releasing it or correcting its end. */
    Optional<LegalHold> findForChange(LegalHoldId id, OrganisationId organisation);

    /** Stores the hold's release. */
    void release(LegalHold hold);

    /** Stores the hold's corrected end and the latest of its corrections. */
    void correctEnd(LegalHold hold);

    /**
     * The organisation's holds, newest first.
     *
     * @param released only released ones ({@code true}), only unreleased ({@code false}), or all ({@code null})
     */
    Page<LegalHold> of(OrganisationId organisation, Boolean released, PageRequest page);

    /** The organisation's unreleased holds: what a record's date is checked against. */
    List<LegalHold> unreleased(OrganisationId organisation);
}
