package org.cradle.adapters.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditQuery;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.audit.AuditEvent;

/** The audit trail in PostgreSQL, in the same transaction as the change it records. */
@ApplicationScoped
public class PanacheAuditTrail implements AuditTrail, PanacheRepositoryBase<AuditEventEntity, Long> {

    @Override
    public void record(AuditEvent event) {
        persist(AuditEventMapper.toEntity(event));
    }

    @Override
    public Page<AuditEvent> find(AuditQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (query.recordId() != null) {
            conditions.add("recordId = :recordId");
            parameters.and("recordId", query.recordId());
        }
        if (query.family() != null) {
            conditions.add("familyId = :familyId");
            parameters.and("familyId", query.family().value());
        }
        if (query.actorSubject() != null) {
            conditions.add("actorSubject = :actorSubject");
            parameters.and("actorSubject", query.actorSubject());
        }
        if (query.from() != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", query.to());
        }
        PanacheQuery<AuditEventEntity> found = conditions.isEmpty()
                ? findAll(Sort.ascending("sequence"))
                : find(String.join(" and ", conditions), Sort.ascending("sequence"), parameters);
        long total = found.count();
        List<AuditEvent> items = found.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(AuditEventMapper::toDomain)
                .toList();
        return new Page<>(items, page, total);
    }
}
