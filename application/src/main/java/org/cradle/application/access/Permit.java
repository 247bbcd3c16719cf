package org.cradle.application.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Ground;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.access.Visibility;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * An access the policy allowed: who, on which ground, in which family, when. A use case makes its
 * audit events from it, so each event says on which ground the record was read or written.
 *
 * @param family the family the access concerns; absent for operations outside any family
 */
public record Permit(Actor actor, Ground ground, FamilyId family, Relationship relationship, Instant at) {

    public Permit {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the actor sees this member of the family: one their organisation works with, or by break-glass. */
    public boolean sees(PersonId person) {
        return relationship.worksWith(person) || relationship.breakGlass();
    }

    /** Which of the family's records the actor sees, for lists filtered before paging. */
    public VisibleRecords visibleRecords() {
        return AccessPolicy.visibleRecords(actor, relationship);
    }

    /** Which families the actor sees, for searches filtered before paging. */
    public Visibility visibility() {
        return new Visibility(actor.organisation(), actor.subject(), at);
    }

    public AuditEvent event(AuditAction action, RecordType type, UUID record) {
        return AuditEvent.of(actor, action, type, record, family, at).on(ground);
    }

    /** An event about one person's information, for "who saw my record". */
    public AuditEvent event(
            AuditAction action, RecordType type, UUID record, PersonId whose, InformationCategory category) {
        return event(action, type, record).about(whose, category);
    }

    /** The permit for a family the actor has just created, and so holds. */
    public Permit custodianOf(FamilyId created) {
        return in(created, Ground.OWN_ORGANISATION);
    }

    /** The same permit for a record of another family, on the ground that record gives. */
    public Permit in(FamilyId other, Ground otherGround) {
        return new Permit(actor, otherGround, other, relationship, at);
    }
}
