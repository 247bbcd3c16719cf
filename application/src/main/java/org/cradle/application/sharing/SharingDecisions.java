package org.cradle.application.sharing;

import java.util.List;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.Telling;

/** The recorded sharing decisions: appended, never changed. */
public interface SharingDecisions {

    void add(SharingDecision decision);

    Optional<SharingDecision> find(SharingDecisionId id);

    /** The decision a referral made, if it was made since referrals were recorded as decisions. */
    Optional<SharingDecision> forReferral(ReferralId referral);

    /**
     * The decisions matching the query that {@code organisation} made or received a share by, newest
     * first: the disclosure log.
     */
    Page<SharingDecision> find(DisclosureQuery query, OrganisationId organisation, PageRequest page);

    /** Adds the telling unless that person was already told of that decision: {@code false} then. */
    boolean add(Telling telling);

    /** Who was told of the decision after it was made, in the order they were told. */
    List<Telling> tellings(SharingDecisionId decision);

    /**
     * The people the organisation's shares were about who were not told at the time and have not been
     * told since, the oldest decision first: the reminder list.
     */
    Page<StillToTell> stillToTell(OrganisationId organisation, PageRequest page);
}
