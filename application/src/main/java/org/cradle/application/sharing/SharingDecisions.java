package org.cradle.application.sharing;

import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;

/** The recorded sharing decisions: appended, never changed. */
public interface SharingDecisions {

    void add(SharingDecision decision);

    Optional<SharingDecision> find(SharingDecisionId id);

    /**
     * The decisions matching the query that {@code organisation} made or was the recipient of, newest
     * first: the disclosure log.
     */
    Page<SharingDecision> find(DisclosureQuery query, OrganisationId organisation, PageRequest page);
}
