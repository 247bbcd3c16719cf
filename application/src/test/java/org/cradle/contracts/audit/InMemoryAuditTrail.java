package org.cradle.contracts.audit;

import java.util.ArrayList;
import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditQuery;
import org.cradle.application.audit.AuditTrail;
import org.cradle.contracts.Paging;
import org.cradle.contracts.access.InMemoryInvolvements;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * The audit trail in memory, in the order recorded (the trail's sequence). An auditor of an organisation
 * reads its own staff's events and those about the families it holds, as the involvements say.
 */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEvent> events;
    private final InMemoryInvolvements involvements;

    /** A trail whose auditors hold no family: they read their own staff's events only. */
    public InMemoryAuditTrail(List<AuditEvent> events) {
        this(events, new InMemoryInvolvements());
    }

    /** @param events where the events go, in order: a test reads them there */
    public InMemoryAuditTrail(List<AuditEvent> events, InMemoryInvolvements involvements) {
        this.events = events;
        this.involvements = involvements;
    }

    public InMemoryAuditTrail() {
        this(new ArrayList<>());
    }

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEvent> find(AuditQuery query, OrganisationId organisation, PageRequest page) {
        return Paging.page(
                events.stream()
                        .filter(e -> e.actorOrganisation().equals(organisation)
                                || e.familyId()
                                        .filter(family -> involvements.all().stream()
                                                .anyMatch(i -> i.custodian()
                                                        && i.family().equals(family)
                                                        && i.organisation().equals(organisation)))
                                        .isPresent())
                        .filter(e ->
                                query.recordId() == null || query.recordId().equals(e.recordId()))
                        .filter(e -> query.family() == null
                                || e.familyId().filter(query.family()::equals).isPresent())
                        .filter(e -> query.actorSubject() == null
                                || query.actorSubject().equals(e.actorSubject()))
                        .filter(e -> query.from() == null || !e.occurredAt().isBefore(query.from()))
                        .filter(e -> query.to() == null || e.occurredAt().isBefore(query.to()))
                        .toList(),
                page);
    }

    @Override
    public Page<AuditEvent> accessesTo(PersonId person, PageRequest page) {
        List<AuditEvent> newestFirst = new ArrayList<>(events.stream()
                .filter(e -> e.personId().filter(person::equals).isPresent())
                .toList());
        java.util.Collections.reverse(newestFirst);
        return Paging.page(newestFirst, page);
    }

    /** Every event recorded, in order. */
    public List<AuditEvent> events() {
        return List.copyOf(events);
    }
}
