package org.cradle.contracts.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.chain.ChainLedger;
import org.cradle.contracts.audit.InMemoryAuditTrail;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

class InMemoryChainLedgerTest extends ChainLedgerContract {

    private final List<AuditEvent> events = new ArrayList<>();
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(events);
    private final InMemoryChainLedger ledger = new InMemoryChainLedger(events);
    private final Map<UUID, AuditEvent> altered = new HashMap<>();

    @Override
    protected ChainLedger ledger() {
        return ledger;
    }

    @Override
    protected UUID chained() {
        AuditEvent event = AuditEvent.of(
                Actor.practitioner("c.chain", new OrganisationId("contract-chain"), Set.of(Role.PRACTITIONER)),
                AuditAction.FAMILY_READ,
                RecordType.FAMILY,
                UUID.randomUUID(),
                FamilyId.newId(),
                Instant.parse("2026-07-01T09:00:00Z"));
        trail.record(event);
        return event.id();
    }

    @Override
    protected void alter(UUID record) {
        for (int i = 0; i < events.size(); i++) {
            AuditEvent e = events.get(i);
            if (e.id().equals(record)) {
                altered.put(record, e);
                events.set(
                        i,
                        new AuditEvent(
                                e.id(),
                                e.occurredAt(),
                                "someone-else",
                                e.actorKind(),
                                e.actorOrganisation(),
                                e.action(),
                                e.recordType(),
                                e.recordId(),
                                e.family(),
                                e.person(),
                                e.category(),
                                e.ground()));
            }
        }
    }

    @Override
    protected void restore(UUID record) {
        AuditEvent original = altered.remove(record);
        events.replaceAll(e -> e.id().equals(record) ? original : e);
    }
}
