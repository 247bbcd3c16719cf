package org.cradle.adapters.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditQuery;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Counts every audited action once its transaction commits, as {@value #METRIC} tagged with the
 * action.
 *
 * <p>Every use case that reads or writes personal data already tells the audit trail what it did, so
 * the audit trail is the one place where "a consent was recorded", "a family was created" or "a record
 * was destroyed" can be counted without each use case knowing about metrics. Counting only on commit
 * keeps refused and rolled-back requests out of the figures, as they are out of the trail.
 */
@Decorator
@Priority(10)
public class CountedAuditTrail implements AuditTrail {

    static final String METRIC = "cradle.audited.actions";

    private final AuditTrail trail;
    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    CountedAuditTrail(
            @Delegate @Any AuditTrail trail, MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.trail = trail;
        this.registry = registry;
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEvent event) {
        trail.record(event);
        countOnCommit(event.action());
    }

    /** The page's events written together by the trail, each counted: the trail's own default would skip us. */
    @Override
    public void record(List<AuditEvent> events) {
        trail.record(events);
        events.forEach(event -> countOnCommit(event.action()));
    }

    @Override
    public Page<AuditEvent> find(AuditQuery query, OrganisationId organisation, PageRequest page) {
        return trail.find(query, organisation, page);
    }

    @Override
    public Page<AuditEvent> accessesTo(PersonId person, PageRequest page) {
        return trail.accessesTo(person, page);
    }

    private void countOnCommit(AuditAction action) {
        Counter counter = Counter.builder(METRIC)
                .description("Audited reads and writes of personal data, counted when their transaction commits")
                .tag("action", action.name())
                .register(registry);
        if (transactions.getTransactionKey() == null) {
            counter.increment();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
