package org.cradle.domain.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * What an accepted referral, or a decision to share, lets the receiving organisation see of the records
 * the sharing organisation holds: these people (all of the family's when empty), these categories.
 *
 * @param restsOn the consents the share relied on when it was decided; empty when it rests on another
 *     lawful basis (or was made before decisions named their consents)
 */
public record ReferralGrant(
        OrganisationId from, Set<PersonId> people, Set<InformationCategory> categories, Set<ConsentId> restsOn) {

    public ReferralGrant {
        Objects.requireNonNull(from, "from");
        people = Set.copyOf(people);
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        restsOn = Set.copyOf(restsOn);
    }

    /** A grant that rests on no consent. */
    public ReferralGrant(OrganisationId from, Set<PersonId> people, Set<InformationCategory> categories) {
        this(from, people, categories, Set.of());
    }

    /**
     * Whether the grant still stands, given where each consent it rests on stands today: a share made
     * on consent lasts only as long as that consent. Once one is withdrawn, refused in a later version or
     * past its review date, the recipient stops seeing what the share showed (ADR 19); what it already
     * received is not undone, and a share on another lawful basis does not depend on consent at all.
     */
    public boolean standsWith(Map<ConsentId, ConsentStatus> consentsToday) {
        return restsOn.stream().allMatch(consent -> consentsToday.get(consent) == ConsentStatus.GIVEN);
    }

    /**
     * What is left of an accepted referral once the consent it rested on no longer stands: the
     * organisation still works with the people it was referred (their basic details, the family in its
     * list, its own records), but no longer sees any record of the referring organisation's.
     */
    public ReferralGrant withoutRecords() {
        return new ReferralGrant(from, people, Set.of(), restsOn);
    }

    public boolean coversEveryone() {
        return people.isEmpty();
    }

    public boolean covers(PersonId person) {
        return people.isEmpty() || people.contains(person);
    }

    /** Whether a record of {@code from}'s, about all of {@code about}, in {@code category}, is covered. */
    public boolean covers(OrganisationId holder, Set<PersonId> about, InformationCategory category) {
        return from.equals(holder)
                && categories.contains(category)
                && about.stream().allMatch(this::covers);
    }
}
