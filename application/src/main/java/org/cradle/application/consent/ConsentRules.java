package org.cradle.application.consent;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Set;
import org.cradle.application.organisation.Organisations;
import org.cradle.domain.ReviewPeriod;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.consent.ConsentAuthority;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.consent.RecipientKind;
import org.cradle.domain.family.Family;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;

/**
 * What recording or reviewing a consent must satisfy beyond its own terms, given the family: the
 * grantor may decide for the subject, those excluded are other members ({@link ConsentAuthority}),
 * and every recipient is known to Cradle (an organisation in the directory, also a named
 * practitioner's; a member of the family), and the review falls due within the organisation's
 * {@link ReviewPeriod}. Not a use case but a check they share.
 */
@Dependent
public class ConsentRules {

    private final Organisations organisations;
    private final ReviewPeriod reviewPeriod;

    public ConsentRules(Organisations organisations, ReviewPeriod reviewPeriod) {
        this.organisations = organisations;
        this.reviewPeriod = reviewPeriod;
    }

    public void check(Family family, Person subject, PersonId grantor, ConsentTerms terms) {
        reviewPeriod.requireWithin("reviewBy", terms.effectiveFrom(), terms.reviewBy());
        ConsentAuthority.check(family, subject, grantor, terms.excludedFamilyMembers(), terms.effectiveFrom());
        requireKnown(terms.recipients(), family);
    }

    private void requireKnown(List<Recipient> recipients, Family family) {
        Set<OrganisationId> unknown = organisations.unknownAmong(recipients.stream()
                .flatMap(recipient -> recipient.organisationNamed().stream())
                .toList());
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            if (recipient.organisationNamed().filter(unknown::contains).isPresent()) {
                throw new RuleViolationException(
                        "recipients[" + i + "]",
                        "unknown-recipient",
                        "Organisation " + recipient.organisation() + " is not in Cradle's directory of organisations"
                                + " (GET /api/v1/organisations); an administrator can add it.");
            }
            if (recipient.kind() == RecipientKind.FAMILY_MEMBER
                    && family.membershipOf(recipient.familyMember()).isEmpty()) {
                throw new RuleViolationException(
                        "recipients[" + i + "]",
                        "unknown-recipient",
                        "Person " + recipient.familyMember() + " is not a member of this family.");
            }
        }
    }
}
