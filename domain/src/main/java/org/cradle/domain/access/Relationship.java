package org.cradle.domain.access;

import java.util.List;
import java.util.Set;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/**
 * The facts the access policy needs about an actor and one family, on the day asked: how the actor's
 * organisation came to work with the family, and the actor's own part in that work.
 *
 * @param custodian the actor's organisation created the family's record: it holds the family's shared
 *     record (name, members, people's details) and sees all of it
 * @param referrals referrals to the actor's organisation that it accepted, one per referring organisation
 *     and purpose
 * @param openEpisode the actor's organisation has an open episode with the family
 * @param leadPractitioner the actor leads one of their organisation's episodes with the family
 * @param teamMember the actor is on the team around the family of one of their organisation's episodes
 * @param breakGlass the actor holds an unexpired break-glass grant on the family
 * @param consented what the family members' consents in force cover for the actor, whoever holds it
 * @param exclusions which family members the members' consents in force exclude; loaded only for a
 *     need that shows records to a family member
 * @param shares what recorded decisions to share with the actor's organisation show of the sharing
 *     organisations' records: their subjects and categories. Unlike a referral, a share does not make the
 *     organisation work with the family
 */
public record Relationship(
        boolean custodian,
        List<ReferralGrant> referrals,
        boolean openEpisode,
        boolean leadPractitioner,
        boolean teamMember,
        boolean breakGlass,
        Set<Consented> consented,
        Set<Exclusion> exclusions,
        List<ReferralGrant> shares) {

    public static final Relationship NONE = new Relationship(false, List.of(), false, false, false, false);

    public Relationship {
        referrals = List.copyOf(referrals);
        consented = Set.copyOf(consented);
        exclusions = Set.copyOf(exclusions);
        shares = List.copyOf(shares);
    }

    /** The facts before anyone asked what consent covers. */
    public Relationship(
            boolean custodian,
            List<ReferralGrant> referrals,
            boolean openEpisode,
            boolean leadPractitioner,
            boolean teamMember,
            boolean breakGlass) {
        this(
                custodian,
                referrals,
                openEpisode,
                leadPractitioner,
                teamMember,
                breakGlass,
                Set.of(),
                Set.of(),
                List.of());
    }

    /** The same facts, with what consent covers. */
    public Relationship consenting(Set<Consented> covered) {
        return withLoaded(covered, exclusions, shares);
    }

    /** The same facts, with whom the members' consents exclude. */
    public Relationship excluding(Set<Exclusion> excluded) {
        return withLoaded(consented, excluded, shares);
    }

    /** The same facts, with what decisions to share with the organisation show. */
    public Relationship sharing(List<ReferralGrant> shared) {
        return withLoaded(consented, exclusions, shared);
    }

    /** The facts loaded after the first statement (consent, exclusions, shares), replaced. */
    private Relationship withLoaded(Set<Consented> covered, Set<Exclusion> excluded, List<ReferralGrant> shared) {
        return new Relationship(
                custodian, referrals, openEpisode, leadPractitioner, teamMember, breakGlass, covered, excluded, shared);
    }

    /** Whether the consent of {@code person} excludes {@code member} from anything about them. */
    public boolean excludes(PersonId person, PersonId member) {
        return exclusions.contains(new Exclusion(person, member));
    }

    /** Whether consent covers information of this category about the person for the actor. */
    public boolean consents(PersonId person, InformationCategory category) {
        return consented.contains(new Consented(person, category));
    }

    /** Whether the actor's organisation works with the family: it created its record or accepted a referral. */
    public boolean works() {
        return custodian || !referrals.isEmpty();
    }

    /** Whether the family is visible at all: worked with, or opened by break-glass. */
    public boolean visible() {
        return works() || breakGlass;
    }

    /**
     * Whether the person's basic details are the organisation's to see through its work with the family:
     * it holds the family's record, a referral names the person, or the person's consent covers it.
     */
    public boolean worksWith(PersonId person) {
        return custodian
                || referrals.stream().anyMatch(r -> r.covers(person))
                || consents(person, InformationCategory.BASIC_DETAILS);
    }

    /**
     * Whether another organisation recorded a decision to share some of its records about the family
     * with the actor's organisation: those records are seen, the family is not.
     */
    public boolean receivesShares() {
        return !shares.isEmpty();
    }

    /** Whether a referral lets the organisation see a record another organisation holds. */
    boolean referred(HeldRecord record) {
        return referrals.stream().anyMatch(r -> r.covers(record.holder(), record.about(), record.category()));
    }

    /** Whether a recorded decision to share with the organisation covers the record's holder, people and category. */
    boolean shared(HeldRecord record) {
        return shares.stream().anyMatch(r -> r.covers(record.holder(), record.about(), record.category()));
    }

    /** Referrals and shares together: what the organisation sees of other organisations' records. */
    List<ReferralGrant> grants() {
        List<ReferralGrant> all = new java.util.ArrayList<>(referrals);
        all.addAll(shares);
        return all;
    }

    /** Whether consent covers a record about people (all of them) in its category. */
    boolean consentCovers(HeldRecord record) {
        return !record.about().isEmpty() && record.about().stream().allMatch(p -> consents(p, record.category()));
    }

    /** The actor's own part in the work: the lead practitioner or a member of the team around the family. */
    boolean inTheTeam() {
        return leadPractitioner || teamMember;
    }

    static boolean basic(InformationCategory category) {
        return category == InformationCategory.BASIC_DETAILS;
    }
}
