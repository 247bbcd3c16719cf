package org.cradle.adapters.persistence.referral;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.cradle.adapters.persistence.Versions;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.referral.ReferralBox;
import org.cradle.application.referral.ReferralRequests;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralRequestStatus;

/** Requests for a referral in PostgreSQL. */
@ApplicationScoped
public class PanacheReferralRequests implements ReferralRequests {

    private final ReferralRequestRows rows;

    PanacheReferralRequests(ReferralRequestRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<ReferralRequest> find(ReferralRequestId id) {
        return rows.findByIdOptional(id.value()).map(ReferralRequestMapper::toDomain);
    }

    @Override
    public Optional<ReferralRequest> findForChange(ReferralRequestId id) {
        return rows.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(ReferralRequestMapper::toDomain);
    }

    @Override
    public void add(ReferralRequest request) {
        rows.persist(ReferralRequestMapper.copy(request, new ReferralRequestEntity()));
    }

    @Override
    public ReferralRequest update(ReferralRequest request) {
        ReferralRequestEntity entity = rows.findByIdOptional(request.id().value())
                .orElseThrow(() -> new IllegalStateException("update of a request never added: " + request.id()));
        Versions.requireSame("referral request", request.id(), request.version(), entity.version);
        ReferralRequestMapper.copy(request, entity);
        Versions.flush(rows.getEntityManager(), "referral request", request.id());
        return ReferralRequestMapper.toDomain(entity);
    }

    @Override
    public Page<ReferralRequest> of(
            OrganisationId organisation, ReferralBox box, Optional<ReferralRequestStatus> status, PageRequest page) {
        String side = box == ReferralBox.INBOX ? "holder" : "asker";
        Parameters parameters = Parameters.with("organisation", organisation.value());
        String where = side + " = :organisation";
        if (status.isPresent()) {
            where += " and status = :status";
            parameters.and("status", status.get().name());
        }
        PanacheQuery<ReferralRequestEntity> query = rows.find(where, Sort.descending("askedAt", "id"), parameters);
        long total = query.count();
        return new Page<>(
                query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                        .map(ReferralRequestMapper::toDomain)
                        .toList(),
                page,
                total);
    }
}
