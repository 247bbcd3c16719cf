package org.cradle.domain.sharing;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.Family;
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
 * @param content what the share carries, item by item, fact kept apart from opinion; each in a category
 *     the proposal names (a share never carries a category the decision did not name)
 */
public record ShareProposal(
        Purpose purpose,
        String purposeStatement,
        Set<PersonId> subjects,
        Set<InformationCategory> categories,
        Party recipient,
        boolean identifying,
        boolean confidential,
        WithoutConsent withoutConsent,
        List<SharedItem> content) {

    public static final int MAX_STATEMENT = 4000;

    /** More items than one decision carries: beyond it, the share is a bulk transfer (roadmap). */
    public static final int MAX_ITEMS = 50;

    /** A share is about members of one family. */
    public static final int MAX_SUBJECTS = Family.MAX_MEMBERS;

    /** A proposal that names categories only, carrying no items. */
    public ShareProposal(
            Purpose purpose,
            String purposeStatement,
            Set<PersonId> subjects,
            Set<InformationCategory> categories,
            Party recipient,
            boolean identifying,
            boolean confidential,
            WithoutConsent withoutConsent) {
        this(
                purpose,
                purposeStatement,
                subjects,
                categories,
                recipient,
                identifying,
                confidential,
                withoutConsent,
                null);
    }

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
        if (subjects.size() > MAX_SUBJECTS) {
            throw new InvalidValueException(
                    "subjectIds", "max-items", "subjectIds must name at most " + MAX_SUBJECTS + " people.");
        }
        subjects = Set.copyOf(subjects);
        if (categories == null || categories.isEmpty()) {
            throw new InvalidValueException("categories", "required", "categories must name at least one value.");
        }
        categories = Set.copyOf(categories);
        Objects.requireNonNull(recipient, "recipient");
        content = content == null ? List.of() : List.copyOf(content);
        if (content.size() > MAX_ITEMS) {
            throw new InvalidValueException(
                    "content", "max-items", "content must name at most " + MAX_ITEMS + " items.");
        }
        for (int i = 0; i < content.size(); i++) {
            InformationCategory category = content.get(i).category();
            if (category != null && !categories.contains(category)) {
                throw new InvalidValueException(
                        "content[" + i + "].category",
                        "not-named",
                        "content[" + i + "] is " + category + ", a category this share does not name: a share never"
                                + " carries a category the decision did not name.");
            }
        }
    }

    /** The same proposal carrying {@code items} instead. */
    public ShareProposal carrying(List<SharedItem> items) {
        return new ShareProposal(
                purpose,
                purposeStatement,
                subjects,
                categories,
                recipient,
                identifying,
                confidential,
                withoutConsent,
                items);
    }
}
