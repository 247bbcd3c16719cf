package org.cradle.contracts.referral;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.referral.ReferralBox;
import org.cradle.application.referral.Referrals;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralStatus;

/** Referrals in memory: an answer refused unless made to the version stored; boxes newest first. */
public final class InMemoryReferrals implements Referrals {

    private final Map<ReferralId, Referral> referrals = new LinkedHashMap<>();

    @Override
    public Optional<Referral> find(ReferralId id) {
        return Optional.ofNullable(referrals.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public Optional<Referral> findForChange(ReferralId id) {
        return find(id);
    }

    @Override
    public void add(Referral referral) {
        referrals.put(referral.id(), copy(referral, referral.version()));
    }

    @Override
    public Referral update(Referral referral) {
        Referral stored = referrals.get(referral.id());
        if (stored == null) {
            throw new IllegalStateException("update of a referral never added: " + referral.id());
        }
        if (stored.version() != referral.version()) {
            throw new StaleVersionException("referral", referral.id(), referral.version(), stored.version());
        }
        Referral next = copy(referral, referral.version() + 1);
        referrals.put(referral.id(), next);
        return copy(next, next.version());
    }

    @Override
    public Page<Referral> of(
            OrganisationId organisation, ReferralBox box, Optional<ReferralStatus> status, PageRequest page) {
        return Paging.page(
                referrals.values().stream()
                        .filter(r -> (box == ReferralBox.INBOX ? r.to() : r.from()).equals(organisation))
                        .filter(r -> status.map(s -> s == r.status()).orElse(true))
                        .sorted(Comparator.comparing(Referral::madeAt)
                                .thenComparing(r -> r.id().value(), Uuids.ORDER)
                                .reversed())
                        .map(r -> copy(r, r.version()))
                        .toList(),
                page);
    }

    private static Referral copy(Referral r, long version) {
        return Referral.reconstitute(
                r.id(),
                r.family(),
                r.from(),
                r.to(),
                r.purpose(),
                r.people(),
                r.categories(),
                r.note().orElse(null),
                r.answering().orElse(null),
                r.madeBy(),
                r.madeAt(),
                r.status(),
                r.answeredBy().orElse(null),
                r.answeredAt().orElse(null),
                r.declineReason().orElse(null),
                version);
    }
}
