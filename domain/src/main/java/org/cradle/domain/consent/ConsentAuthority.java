package org.cradle.domain.consent;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;

/**
 * Who may decide about sharing a person's information, from the family model: adults and young
 * people decide for themselves; for a child under {@value #AGE_OF_OWN_CONSENT}, someone holding
 * parental responsibility in the family decides.
 */
public final class ConsentAuthority {

    /** From 16 a young person is presumed able to consent for themselves (Mental Capacity Act 2005). */
    public static final int AGE_OF_OWN_CONSENT = 16;

    private ConsentAuthority() {}

    /**
     * Refuses, naming the field at fault, unless {@code grantor} may decide for {@code subject} on
     * {@code day}, and every excluded person is another member of the family.
     */
    public static void check(Family family, Person subject, PersonId grantor, Set<PersonId> excluded, LocalDate day) {
        Membership subjectMembership = family.membershipOf(subject.id())
                .orElseThrow(() -> new RuleViolationException(
                        "subjectId", "not-a-member", "The subject is not a member of this family."));
        Membership grantorMembership = family.membershipOf(grantor)
                .orElseThrow(() -> new RuleViolationException(
                        "grantorId", "not-a-member", "The grantor is not a member of this family."));
        boolean child = subjectMembership.role() == FamilyRole.CHILD
                && Period.between(subject.lifeDates().dateOfBirth(), day).getYears() < AGE_OF_OWN_CONSENT;
        if (grantor.equals(subject.id())) {
            if (child) {
                throw new RuleViolationException(
                        "grantorId",
                        "decided-by-parental-responsibility",
                        "A child under " + AGE_OF_OWN_CONSENT + " does not decide for themselves: the grantor must"
                                + " be a family member with parental responsibility.");
            }
        } else {
            if (!child) {
                throw new RuleViolationException(
                        "grantorId",
                        "decides-for-themselves",
                        "The subject decides for themselves: only a child under " + AGE_OF_OWN_CONSENT
                                + " has a decision made for them.");
            }
            if (!grantorMembership.parentalResponsibility()) {
                throw new RuleViolationException(
                        "grantorId",
                        "no-parental-responsibility",
                        "The grantor does not hold parental responsibility in this family, so cannot consent for"
                                + " the child.");
            }
        }
        for (PersonId person : excluded) {
            if (person.equals(subject.id()) || family.membershipOf(person).isEmpty()) {
                throw new RuleViolationException(
                        "excludedPersonIds",
                        "not-another-member",
                        "Only other members of the family can be excluded from seeing or being told; " + person
                                + " is not one.");
            }
        }
    }
}
