package org.cradle.contracts.referral;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.referral.ReferralBox;
import org.cradle.application.referral.ReferralRequests;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralRequestStatus;

/** Requests for a referral in memory: an answer refused unless made to the version stored; boxes newest first. */
public final class InMemoryReferralRequests implements ReferralRequests {

    private final Map<ReferralRequestId, ReferralRequest> requests = new LinkedHashMap<>();

    @Override
    public Optional<ReferralRequest> find(ReferralRequestId id) {
        return Optional.ofNullable(requests.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public Optional<ReferralRequest> findForChange(ReferralRequestId id) {
        return find(id);
    }

    @Override
    public void add(ReferralRequest request) {
        requests.put(request.id(), copy(request, request.version()));
    }

    @Override
    public ReferralRequest update(ReferralRequest request) {
        ReferralRequest stored = requests.get(request.id());
        if (stored == null) {
            throw new IllegalStateException("update of a referral request never added: " + request.id());
        }
        if (stored.version() != request.version()) {
            throw new StaleVersionException("referral request", request.id(), request.version(), stored.version());
        }
        ReferralRequest next = copy(request, request.version() + 1);
        requests.put(request.id(), next);
        return copy(next, next.version());
    }

    @Override
    public Page<ReferralRequest> of(
            OrganisationId organisation, ReferralBox box, Optional<ReferralRequestStatus> status, PageRequest page) {
        return Paging.page(
                requests.values().stream()
                        .filter(r -> (box == ReferralBox.INBOX ? r.holder() : r.asker()).equals(organisation))
                        .filter(r -> status.map(s -> s == r.status()).orElse(true))
                        .sorted(Comparator.comparing(ReferralRequest::askedAt)
                                .thenComparing(r -> r.id().value(), Uuids.ORDER)
                                .reversed())
                        .map(r -> copy(r, r.version()))
                        .toList(),
                page);
    }

    private static ReferralRequest copy(ReferralRequest r, long version) {
        return ReferralRequest.reconstitute(
                r.id(),
                r.asker(),
                r.nhsNumber(),
                r.person(),
                r.holder(),
                r.purpose(),
                r.note().orElse(null),
                r.askedBy(),
                r.askedAt(),
                r.status(),
                r.referral().orElse(null),
                r.refusalReason().orElse(null),
                r.answeredBy().orElse(null),
                r.answeredAt().orElse(null),
                version);
    }
}
