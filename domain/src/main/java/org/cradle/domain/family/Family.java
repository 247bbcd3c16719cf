package org.cradle.domain.family;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.ConflictException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.person.PersonId;

/**
 * A group of people a service works with, and the unit Cradle's records hang from. The family holds
 * its members by reference; each person exists once however many families they belong to.
 */
public final class Family {

    /**
     * The most people a family holds: more than any household a service works with. Every list of a
     * family's members a request names (whom a note is about, whom a referral or a share names) is
     * held to it too.
     */
    public static final int MAX_MEMBERS = 50;

    private final FamilyId id;
    private FamilyName name;
    private RecordKeepingMode recordKeepingMode;
    private final List<Membership> members;
    private final Instant createdAt;
    private final long version;

    private Family(
            FamilyId id,
            FamilyName name,
            RecordKeepingMode recordKeepingMode,
            List<Membership> members,
            Instant createdAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.recordKeepingMode = Objects.requireNonNull(recordKeepingMode, "recordKeepingMode");
        this.members = new ArrayList<>(members);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** A family new to Cradle, with no members yet. */
    public static Family start(FamilyId id, FamilyName name, RecordKeepingMode recordKeepingMode, Instant at) {
        return new Family(id, name, recordKeepingMode, List.of(), at, 0);
    }

    /** A family as stored. */
    public static Family reconstitute(
            FamilyId id,
            FamilyName name,
            RecordKeepingMode recordKeepingMode,
            List<Membership> members,
            Instant createdAt,
            long version) {
        return new Family(id, name, recordKeepingMode, members, createdAt, version);
    }

    /** Renames the family or changes whose name its records are kept under. */
    public void reviseDetails(long expectedVersion, FamilyName name, RecordKeepingMode recordKeepingMode) {
        requireVersion(expectedVersion);
        this.name = Objects.requireNonNull(name, "name");
        this.recordKeepingMode = Objects.requireNonNull(recordKeepingMode, "recordKeepingMode");
    }

    /** Makes a person a member. A person belongs to a family once: a second admission is refused. */
    public Membership admit(
            PersonId person, FamilyRole role, boolean livesWithChild, boolean parentalResponsibility, Instant at) {
        if (membershipOf(person).isPresent()) {
            throw new ConflictException(
                    "already-a-member", "Person " + person + " is already a member of family " + id + ".");
        }
        if (members.size() >= MAX_MEMBERS) {
            throw new RuleViolationException(
                    "max-members", "Family " + id + " already holds " + MAX_MEMBERS + " members, the most it can.");
        }
        Membership membership = new Membership(person, role, livesWithChild, parentalResponsibility, at);
        members.add(membership);
        return membership;
    }

    /** Records a change in a member's role, living arrangements or parental responsibility. */
    public Membership changeMembership(
            long expectedVersion,
            PersonId person,
            FamilyRole role,
            boolean livesWithChild,
            boolean parentalResponsibility) {
        requireVersion(expectedVersion);
        Membership current = membershipOf(person).orElseThrow(() -> new RecordNotFoundException("member", person));
        Membership changed = new Membership(person, role, livesWithChild, parentalResponsibility, current.joinedAt());
        members.set(members.indexOf(current), changed);
        return changed;
    }

    public Optional<Membership> membershipOf(PersonId person) {
        return members.stream().filter(m -> m.person().equals(person)).findFirst();
    }

    private void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException("family", id, expectedVersion, version);
        }
    }

    public FamilyId id() {
        return id;
    }

    public FamilyName name() {
        return name;
    }

    public RecordKeepingMode recordKeepingMode() {
        return recordKeepingMode;
    }

    public List<Membership> members() {
        return List.copyOf(members);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
