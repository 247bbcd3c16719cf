package org.cradle.application.referral;

import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralStatus;

/** The referrals made between organisations. */
public interface Referrals {

    Optional<Referral> find(ReferralId id);

    /** The referral, held for a change until the transaction ends: two answers to one referral wait for each other. */
    Optional<Referral> findForChange(ReferralId id);

    void add(Referral referral);

    /** Stores an answered referral and returns it as stored; refuses with a stale-version error if it changed meanwhile. */
    Referral update(Referral referral);

    /**
     * The organisation's referrals on one side (received or made), optionally in one status, most
     * recently made first, paged by the database.
     */
    Page<Referral> of(OrganisationId organisation, ReferralBox box, Optional<ReferralStatus> status, PageRequest page);
}
