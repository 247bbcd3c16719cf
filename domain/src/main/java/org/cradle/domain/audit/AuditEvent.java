package org.cradle.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.Identifiers;
import org.cradle.domain.access.Ground;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.chain.CanonicalForm;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * One read or write of personal data, or one refused attempt: who (and which kind of actor), for
 * which organisation, did what to which record, when, and on which ground.
 *
 * <p>It names records by identifier only and holds no personal data itself, so it can outlive the
 * records it mentions when they are destroyed at the end of their retention period. Events are
 * appended, never changed.
 *
 * @param recordId the record acted on; absent only for a refused operation that named no record
 * @param family the family the record belongs to, when there is one, so a family's whole trail can
 *     be read at once
 * @param person whose information it was, when it was one person's: "who saw my record" reads these
 * @param category what kind of information about the person, when the record says
 * @param ground why the access was allowed: own organisation, referral, break-glass; absent for
 *     denials and for writes that needed no ground
 */
public record AuditEvent(
        UUID id,
        Instant occurredAt,
        String actorSubject,
        ActorKind actorKind,
        OrganisationId actorOrganisation,
        AuditAction action,
        RecordType recordType,
        UUID recordId,
        FamilyId family,
        PersonId person,
        InformationCategory category,
        Ground ground) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(actorKind, "actorKind");
        Objects.requireNonNull(actorOrganisation, "actorOrganisation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        if (recordId == null && action != AuditAction.ACCESS_DENIED) {
            throw new IllegalArgumentException("Only a refused operation may name no record");
        }
    }

    /** What {@code actor} just did, now. */
    public static AuditEvent of(
            Actor actor, AuditAction action, RecordType recordType, UUID recordId, FamilyId family, Instant at) {
        return new AuditEvent(
                Identifiers.timeOrdered(at),
                at,
                actor.subject(),
                actor.kind(),
                actor.organisation(),
                action,
                recordType,
                recordId,
                family,
                null,
                null,
                null);
    }

    /** The same event, saying whose information it was and of which category. */
    public AuditEvent about(PersonId whose, InformationCategory what) {
        return new AuditEvent(
                id,
                occurredAt,
                actorSubject,
                actorKind,
                actorOrganisation,
                action,
                recordType,
                recordId,
                family,
                whose,
                what,
                ground);
    }

    /** The same event, saying on which ground the access was allowed. */
    public AuditEvent on(Ground why) {
        return new AuditEvent(
                id,
                occurredAt,
                actorSubject,
                actorKind,
                actorOrganisation,
                action,
                recordType,
                recordId,
                family,
                person,
                category,
                why);
    }

    public Optional<FamilyId> familyId() {
        return Optional.ofNullable(family);
    }

    public Optional<PersonId> personId() {
        return Optional.ofNullable(person);
    }

    public boolean breakGlass() {
        return ground == Ground.BREAK_GLASS;
    }

    /**
     * The event's canonical form for the chain (ADR 16), with its place in the trail: every field, in a
     * fixed order that is part of the contract.
     */
    public CanonicalForm canonical(long sequence) {
        return CanonicalForm.of("audit-event")
                .field("sequence", sequence)
                .field("id", id)
                .field("occurredAt", occurredAt)
                .field("actorSubject", actorSubject)
                .field("actorKind", actorKind)
                .field("actorOrganisation", actorOrganisation.value())
                .field("action", action)
                .field("recordType", recordType)
                .field("recordId", recordId)
                .field("familyId", family == null ? null : family.value())
                .field("personId", person == null ? null : person.value())
                .field("category", category)
                .field("ground", ground);
    }
}
