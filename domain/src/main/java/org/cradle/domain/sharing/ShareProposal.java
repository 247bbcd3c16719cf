package org.cradle.domain.sharing;

import java.util.Objects;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;

/**
 * A share as the practitioner proposes it, with their answers to the flowchart's questions of
 * judgement: what for and why (the purpose, stated), whether the information identifies anyone (it does
 * not when anonymised or aggregated), whether it is confidential, and, when they would share without
 * consent, their case for it.
 *
 * @param purposeStatement why this share, in the practitioner's words: a purpose not stated is not clear
 * @param withoutConsent the case for sharing without consent, or {@code null}
 */
public record ShareProposal(
        Purpose purpose,
        String purposeStatement,
        Set<PersonId> subjects,
        Set<InformationCategory> categories,
        Party recipient,
        boolean identifying,
        boolean confidential,
        WithoutConsent withoutConsent) {

    public static final int MAX_STATEMENT = 4000;

    /**
     * A referral as a share: the people it names, the categories of the referrer's records they may see,
     * to the organisation referred to, for the referral's purpose — which, with the referrer's note, is
     * the stated purpose. Identifying and confidential: nobody is referred anonymously.
     */
    public static ShareProposal referral(Referral referral, WithoutConsent withoutConsent) {
        return new ShareProposal(
                referral.purpose(),
                "Referral to " + referral.to() + " for " + referral.purpose()
                        + referral.note().map(note -> ": " + note).orElse("."),
                Set.copyOf(referral.people()),
                referral.categories(),
                Party.organisation(referral.to(), null, null),
                true,
                true,
                withoutConsent);
    }

    public ShareProposal {
        if (purpose == null) {
            throw new InvalidValueException("purpose", "required", "purpose is required.");
        }
        purposeStatement = Text.optional("purposeStatement", purposeStatement, MAX_STATEMENT);
        if (subjects == null || subjects.isEmpty()) {
            throw new InvalidValueException("subjectIds", "required", "subjectIds must name at least one person.");
        }
        subjects = Set.copyOf(subjects);
        if (categories == null || categories.isEmpty()) {
            throw new InvalidValueException("categories", "required", "categories must name at least one value.");
        }
        categories = Set.copyOf(categories);
        Objects.requireNonNull(recipient, "recipient");
    }
}
