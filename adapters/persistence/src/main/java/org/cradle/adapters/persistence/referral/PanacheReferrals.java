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
import org.cradle.application.referral.Referrals;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralStatus;

/** Referrals in PostgreSQL; an inbox or outbox is one index range, paged by the database. */
@ApplicationScoped
public class PanacheReferrals implements Referrals {

    private final ReferralRows rows;

    PanacheReferrals(ReferralRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Referral> find(ReferralId id) {
        return rows.findByIdOptional(id.value()).map(ReferralMapper::toDomain);
    }

    @Override
    public Optional<Referral> findForChange(ReferralId id) {
        return rows.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(ReferralMapper::toDomain);
    }

    @Override
    public void add(Referral referral) {
        rows.persist(ReferralMapper.copy(referral, new ReferralEntity()));
    }

    @Override
    public Referral update(Referral referral) {
        ReferralEntity entity = rows.findByIdOptional(referral.id().value())
                .orElseThrow(() -> new IllegalStateException("update of a referral never added: " + referral.id()));
        Versions.requireSame("referral", referral.id(), referral.version(), entity.version);
        ReferralMapper.copy(referral, entity);
        Versions.flush(rows.getEntityManager(), "referral", referral.id());
        return ReferralMapper.toDomain(entity);
    }

    @Override
    public Page<Referral> of(
            OrganisationId organisation, ReferralBox box, Optional<ReferralStatus> status, PageRequest page) {
        String side = box == ReferralBox.INBOX ? "toOrganisation" : "fromOrganisation";
        Parameters parameters = Parameters.with("organisation", organisation.value());
        String where = side + " = :organisation";
        if (status.isPresent()) {
            where += " and status = :status";
            parameters.and("status", status.get().name());
        }
        PanacheQuery<ReferralEntity> query = rows.find(where, Sort.descending("madeAt", "id"), parameters);
        long total = query.count();
        return new Page<>(
                query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                        .map(ReferralMapper::toDomain)
                        .toList(),
                page,
                total);
    }
}
