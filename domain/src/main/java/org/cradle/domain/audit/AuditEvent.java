package org.cradle.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.family.FamilyId;

/**
 * One read or write of personal data: who, for which organisation, did what to which record, when.
 *
 * <p>It names records by identifier only and holds no personal data itself, so it can outlive the
 * records it mentions when they are destroyed at the end of their retention period. Events are
 * appended, never changed.
 *
 * @param family the family the record belongs to, when there is one, so a family's whole trail can
 *     be read at once
 */
public record AuditEvent(
        UUID id,
        Instant occurredAt,
        String actorSubject,
        OrganisationId actorOrganisation,
        AuditAction action,
        RecordType recordType,
        UUID recordId,
        FamilyId family) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(actorOrganisation, "actorOrganisation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
    }

    /** What {@code actor} just did, now. */
    public static AuditEvent of(
            Actor actor, AuditAction action, RecordType recordType, UUID recordId, FamilyId family, Instant at) {
        return new AuditEvent(
                UUID.randomUUID(), at, actor.subject(), actor.organisation(), action, recordType, recordId, family);
    }

    public Optional<FamilyId> familyId() {
        return Optional.ofNullable(family);
    }
}
