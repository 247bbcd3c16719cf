package org.cradle.adapters.persistence.audit;

import org.cradle.domain.access.Ground;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Translates between an audit event and its row. */
final class AuditEventMapper {

    private AuditEventMapper() {}

    static AuditEvent toDomain(AuditEventEntity row) {
        return new AuditEvent(
                row.id,
                row.occurredAt,
                row.actorSubject,
                ActorKind.valueOf(row.actorKind),
                new OrganisationId(row.actorOrganisation),
                AuditAction.valueOf(row.action),
                RecordType.valueOf(row.recordType),
                row.recordId,
                row.familyId == null ? null : new FamilyId(row.familyId),
                row.personId == null ? null : new PersonId(row.personId),
                row.category == null ? null : InformationCategory.valueOf(row.category),
                row.ground == null ? null : Ground.valueOf(row.ground));
    }

    static AuditEventEntity toEntity(AuditEvent event) {
        AuditEventEntity row = new AuditEventEntity();
        row.id = event.id();
        row.occurredAt = event.occurredAt();
        row.actorSubject = event.actorSubject();
        row.actorOrganisation = event.actorOrganisation().value();
        row.action = event.action().name();
        row.recordType = event.recordType().name();
        row.recordId = event.recordId();
        row.familyId = event.familyId().map(FamilyId::value).orElse(null);
        row.actorKind = event.actorKind().name();
        row.personId = event.personId().map(PersonId::value).orElse(null);
        row.category = event.category() == null ? null : event.category().name();
        row.ground = event.ground() == null ? null : event.ground().name();
        return row;
    }
}
