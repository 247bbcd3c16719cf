package org.cradle.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.AccessDecision;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Ground;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * The one way into Cradle's records: loads the facts the {@link AccessPolicy} needs, applies it, and
 * answers with a {@link Permit} or a refusal. A refusal is recorded as {@code ACCESS_DENIED} (committed
 * on its own) and thrown: as "not found" when the actor may not learn that the record exists, exactly
 * as for a record that does not, and as "access denied" otherwise. Every use case goes through here;
 * an architecture test fails the build for one that does not.
 */
@ApplicationScoped
public class Access {

    private final Relationships relationships;
    private final ConsentedInformation consented;
    private final ConsentExclusions exclusions;
    private final AccessDenials denials;
    private final Clock clock;
    private final UnitOfWork work;

    public Access(
            Relationships relationships,
            ConsentedInformation consented,
            ConsentExclusions exclusions,
            AccessDenials denials,
            Clock clock,
            UnitOfWork work) {
        this.relationships = relationships;
        this.consented = consented;
        this.exclusions = exclusions;
        this.denials = denials;
        this.clock = clock;
        this.work = work;
    }

    /** For what any signed-in actor may do, such as reading the directory, which holds no personal data. */
    public Permit requireSignedIn(Actor actor) {
        return new Permit(actor, Ground.ROLE, null, Relationship.NONE, clock.instant(), work);
    }

    /** For an operation outside any family (the directory, the audit trail, an organisation's own lists). */
    public Permit require(Actor actor, Capability capability) {
        Instant now = clock.instant();
        if (AccessPolicy.decide(actor, capability) instanceof AccessDecision.Denied denied) {
            throw refuse(actor, denied, RecordType.OPERATION, null, null, "operation", now);
        }
        return new Permit(actor, Ground.ROLE, null, Relationship.NONE, now, work);
    }

    /**
     * The permit for the family the actor has just been granted break-glass access to: what they do there
     * from now on is on the break-glass ground, the grant itself included.
     */
    public Permit brokeGlass(Permit byRole, BreakGlassAccess granted) {
        if (!granted.practitioner().equals(byRole.actor().subject())
                || !granted.organisation().equals(byRole.actor().organisation())) {
            throw new IllegalArgumentException("The break-glass access was granted to someone else");
        }
        return byRole.brokenInto(granted.family());
    }

    /**
     * The record, or a refusal recorded and thrown exactly as for a record the actor may not see: a
     * record that does not exist and one that is hidden answer alike.
     */
    public <T> T found(Actor actor, Optional<T> record, RecordType type, UUID id) {
        return record.orElseThrow(() -> refuse(actor, hiddenUnknown(), type, id, null, kindOf(type), clock.instant()));
    }

    /** For a need about the family as a whole. */
    public Permit require(Actor actor, Need need, FamilyId family) {
        return require(actor, need, family, RecordType.FAMILY, family.value());
    }

    /**
     * For a need about one record in a family; an unknown or hidden record is not found under the kind
     * of record asked for.
     */
    public Permit require(Actor actor, Need need, FamilyId family, RecordType type, UUID record) {
        Instant now = clock.instant();
        Relationship relationship = facts(actor, family, need instanceof Need.ShowToFamilyMember, now)
                .orElseThrow(() -> refuse(actor, hiddenUnknown(), type, record, family, kindOf(type), now));
        return decide(actor, need, family, relationship, type, record, now);
    }

    /**
     * For showing a family's records to one of its members (a subject-access export): the policy's
     * decision on {@link Need.ShowToFamilyMember} for each record, from the family's facts read once,
     * with whom its members' consents in force exclude. Nothing is recorded or thrown: the actor sees
     * the records, and one the member may not be shown is withheld from them, not from the actor.
     */
    public Function<HeldRecord, AccessDecision> showingTo(
            Actor actor, FamilyId family, PersonId member, Capability capability) {
        Optional<Relationship> relationship = facts(actor, family, true, clock.instant());
        return record -> relationship
                .map(facts ->
                        AccessPolicy.decide(actor, new Need.ShowToFamilyMember(record, member, capability), facts))
                .orElseGet(Access::hiddenUnknown);
    }

    /** The actor's relationship with the family, with what consent covers and, when asked, whom it excludes. */
    private Optional<Relationship> facts(Actor actor, FamilyId family, boolean withExclusions, Instant now) {
        return relationships
                .with(actor, family, now)
                .map(facts -> withConsent(actor, family, facts, now))
                .map(facts -> withExclusions
                        ? facts.excluding(exclusions.in(family, LocalDate.ofInstant(now, clock.getZone())))
                        : facts);
    }

    /**
     * For a need about one person (see them, record something about them): allowed when it is
     * allowed in any of the person's families, through the first that allows it.
     */
    public Permit requireForPerson(Actor actor, Function<PersonId, Need> needOf, PersonId person) {
        return requireForPersonInFamilies(actor, needOf, person).permit();
    }

    /** A person's permit, and the families in which the actor sees the person. */
    public record PersonPermit(Permit permit, List<FamilyId> families) {
        public PersonPermit {
            families = List.copyOf(families);
        }
    }

    /**
     * As {@link #requireForPerson}, with the families in which the actor sees the person (for showing the
     * person with their families): the facts are read once for both.
     */
    public PersonPermit requireForPersonInFamilies(Actor actor, Function<PersonId, Need> needOf, PersonId person) {
        Instant now = clock.instant();
        Need need = needOf.apply(person);
        Map<FamilyId, Relationship> families = new LinkedHashMap<>();
        relationships
                .withFamiliesOf(actor, person, now)
                .orElseThrow(
                        () -> refuse(actor, hiddenUnknown(), RecordType.PERSON, person.value(), null, "person", now))
                .forEach((family, facts) -> families.put(family, withConsent(actor, family, facts, now)));
        AccessDecision.Denied firstRefusal = hiddenUnknown();
        FamilyId refusedIn = null;
        Permit permit = null;
        for (Map.Entry<FamilyId, Relationship> entry : families.entrySet()) {
            Relationship relationship = entry.getValue();
            AccessDecision seen =
                    AccessPolicy.decide(actor, new Need.SeePerson(person, need.capability()), relationship);
            AccessDecision decision = seen.allowed() ? AccessPolicy.decide(actor, need, relationship) : seen;
            if (decision instanceof AccessDecision.Allowed allowed) {
                permit = new Permit(actor, allowed.ground(), entry.getKey(), relationship, now, work);
                break;
            }
            AccessDecision.Denied denied = (AccessDecision.Denied) decision;
            if (refusedIn == null || firstRefusal.hidden() && !denied.hidden()) {
                firstRefusal = denied;
                refusedIn = entry.getKey();
            }
        }
        if (permit != null) {
            List<FamilyId> seeing = families.entrySet().stream()
                    .filter(entry -> sees(entry.getValue(), person))
                    .map(Map.Entry::getKey)
                    .toList();
            return new PersonPermit(permit, seeing);
        }
        if (families.isEmpty() && !actor.may(need.capability())) {
            firstRefusal = (AccessDecision.Denied) AccessPolicy.decide(actor, need.capability());
        }
        throw refuse(actor, firstRefusal, RecordType.PERSON, person.value(), refusedIn, "person", now);
    }

    /**
     * The families of a person in which the actor sees them, with the actor's relationship to each:
     * for lists of a person's records, filtered family by family. Empty when the person is unknown.
     */
    public Map<FamilyId, Relationship> familiesSeeing(Actor actor, PersonId person) {
        Map<FamilyId, Relationship> seen = new java.util.LinkedHashMap<>();
        Instant now = clock.instant();
        relationships.withFamiliesOf(actor, person, now).orElse(Map.of()).forEach((family, facts) -> {
            Relationship relationship = withConsent(actor, family, facts, now);
            if (sees(relationship, person)) {
                seen.put(family, relationship);
            }
        });
        return seen;
    }

    private static boolean sees(Relationship relationship, PersonId person) {
        return relationship.worksWith(person) || relationship.breakGlass();
    }

    /**
     * Adds what consent covers, for an organisation that works with the family through referrals: it
     * may see more than its referrals name. The custodian sees the whole family already, and asking
     * the coverage question for every member costs a statement each, so it is asked only here.
     */
    private Relationship withConsent(Actor actor, FamilyId family, Relationship facts, Instant now) {
        if (!facts.works() || facts.custodian()) {
            return facts;
        }
        return facts.consenting(consented.coveredFor(actor, family, LocalDate.ofInstant(now, clock.getZone())));
    }

    /**
     * Which of a person's records, across their families, the actor sees: for lists of a person's
     * records, filtered before they are paged.
     */
    public <T> Predicate<T> recordsSeen(
            Actor actor, PersonId person, Function<T, FamilyId> familyOf, Function<T, HeldRecord> heldOf) {
        Map<FamilyId, VisibleRecords> visible = new java.util.HashMap<>();
        familiesSeeing(actor, person)
                .forEach((family, relationship) ->
                        visible.put(family, AccessPolicy.visibleRecords(actor, relationship)));
        return record -> {
            VisibleRecords inFamily = visible.get(familyOf.apply(record));
            return inFamily != null && inFamily.sees(heldOf.apply(record));
        };
    }

    private Permit decide(
            Actor actor,
            Need need,
            FamilyId family,
            Relationship relationship,
            RecordType type,
            UUID record,
            Instant now) {
        AccessDecision decision = AccessPolicy.decide(actor, need, relationship);
        if (decision instanceof AccessDecision.Denied denied) {
            throw refuse(actor, denied, type, record, family, kindOf(type), now);
        }
        return new Permit(actor, ((AccessDecision.Allowed) decision).ground(), family, relationship, now, work);
    }

    private RuntimeException refuse(
            Actor actor,
            AccessDecision.Denied denied,
            RecordType type,
            UUID record,
            FamilyId family,
            String kind,
            Instant now) {
        denials.record(AuditEvent.of(actor, AuditAction.ACCESS_DENIED, type, record, family, now));
        if (denied.hidden()) {
            return new RecordNotFoundException(kind, record);
        }
        return new AccessDeniedException(denied.reason());
    }

    private static AccessDecision.Denied hiddenUnknown() {
        return new AccessDecision.Denied("No such record.", true);
    }

    private static String kindOf(RecordType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
