package org.cradle.application.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Ground;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.access.Visibility;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * An access the policy allowed: who, on which ground, in which family, when; and the unit of work of the
 * use case that holds it. The use case hands its facts over ({@link #handOver}); the audit trail records
 * each on the permit's ground, which only the access service sets, so an event cannot be relabelled.
 */
public final class Permit {

    private final Actor actor;
    private final Ground ground;
    private final FamilyId family;
    private final Relationship relationship;
    private final Instant at;
    private final UnitOfWork work;

    /** Only the access service grants permits: {@code family} is absent for operations outside any family. */
    Permit(Actor actor, Ground ground, FamilyId family, Relationship relationship, Instant at, UnitOfWork work) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.ground = Objects.requireNonNull(ground, "ground");
        this.family = family;
        this.relationship = Objects.requireNonNull(relationship, "relationship");
        this.at = Objects.requireNonNull(at, "at");
        this.work = Objects.requireNonNull(work, "work");
    }

    public Actor actor() {
        return actor;
    }

    /** Why the policy allowed the access: own organisation, referral, break-glass, or the role alone. */
    public Ground ground() {
        return ground;
    }

    /** The family the access concerns; null for operations outside any family. */
    public FamilyId family() {
        return family;
    }

    public Relationship relationship() {
        return relationship;
    }

    public Instant at() {
        return at;
    }

    /** Hands a fact over to the unit of work: what follows it happens now, in this transaction. */
    public void handOver(Fact fact) {
        work.take(this, List.of(fact));
    }

    /** Hands facts over together (a page of records read): in one go, so the trail can write them at once. */
    public void handOver(List<? extends Fact> facts) {
        if (!facts.isEmpty()) {
            work.take(this, List.<Fact>copyOf(facts));
        }
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

    /** The audit trail's event for a fact under this permit: on its ground, in the fact's family or its own. */
    public AuditEvent eventOf(Fact.OfRecord fact) {
        AuditEvent event = AuditEvent.of(
                        actor,
                        fact.what(),
                        fact.type(),
                        fact.record(),
                        fact.family() != null ? fact.family() : family,
                        at)
                .on(ground);
        return fact.whose() == null ? event : event.about(fact.whose(), fact.category());
    }

    /** The permit for a family the actor has just created, and so holds. */
    public Permit custodianOf(FamilyId created) {
        return new Permit(actor, Ground.OWN_ORGANISATION, created, relationship, at, work);
    }

    /** The permit for a family the actor has just broken the glass into: the ground it gives is break-glass. */
    Permit brokenInto(FamilyId family) {
        return new Permit(actor, Ground.BREAK_GLASS, family, relationship, at, work);
    }

    @Override
    public String toString() {
        return "Permit[" + actor.subject() + " on " + ground + (family == null ? "" : " in " + family) + " at " + at
                + "]";
    }
}
