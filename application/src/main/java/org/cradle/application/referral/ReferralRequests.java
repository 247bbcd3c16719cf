package org.cradle.application.referral;

import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralRequestStatus;

/** The requests for a referral that organisations made of one another. */
public interface ReferralRequests {

    Optional<ReferralRequest> find(ReferralRequestId id);

    /** The request, held for a change until the transaction ends. */
    Optional<ReferralRequest> findForChange(ReferralRequestId id);

    void add(ReferralRequest request);

    /** Stores an answered request and returns it as stored; refuses with a stale-version error if it changed meanwhile. */
    ReferralRequest update(ReferralRequest request);

    /**
     * The organisation's requests on one side (asked of it, or asked by it), optionally in one status,
     * most recently asked first, paged by the database.
     */
    Page<ReferralRequest> of(
            OrganisationId organisation, ReferralBox box, Optional<ReferralRequestStatus> status, PageRequest page);
}
