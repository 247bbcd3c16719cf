package org.cradle.domain.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.family.Family;
import org.cradle.domain.person.PersonId;

/**
 * What a person decided about, and how: the scope (purposes, recipients, categories of information),
 * the family members who must not see or be told, where the notes are kept, how the decision was
 * obtained, from when it holds and when it must be reviewed, and the signed form, if any.
 *
 * @param formReference the id of the signed consent form, when there is one (documents come later)
 */
public record ConsentTerms(
        Set<Purpose> purposes,
        List<Recipient> recipients,
        Set<InformationCategory> categories,
        Set<PersonId> excludedFamilyMembers,
        NotesKeptIn notesKeptIn,
        ConsentMethod method,
        LocalDate effectiveFrom,
        LocalDate reviewBy,
        String formReference) {

    public static final int MAX_FORM_REFERENCE_LENGTH = 100;
    public static final int MAX_RECIPIENTS = 50;

    /** Those excluded are members of the subject's family. */
    public static final int MAX_EXCLUDED = Family.MAX_MEMBERS;

    /** Refuses more recipients than {@link #MAX_RECIPIENTS}: a request's list is held to it as it is read. */
    public static void requireFewRecipients(int recipients) {
        if (recipients > MAX_RECIPIENTS) {
            throw new InvalidValueException(
                    "recipients", "max-size", "recipients may name at most " + MAX_RECIPIENTS + " recipients.");
        }
    }

    /** Refuses more people excluded than {@link #MAX_EXCLUDED}: a request's list is held to it as it is read. */
    public static void requireFewExcluded(int excluded) {
        if (excluded > MAX_EXCLUDED) {
            throw new InvalidValueException(
                    "excludedPersonIds",
                    "max-items",
                    "excludedPersonIds may name at most " + MAX_EXCLUDED + " members of the family.");
        }
    }

    public ConsentTerms {
        purposes = nonEmpty("purposes", purposes);
        categories = nonEmpty("categories", categories);
        if (recipients == null || recipients.isEmpty()) {
            throw new InvalidValueException("recipients", "required", "recipients must name at least one recipient.");
        }
        requireFewRecipients(recipients.size());
        recipients = List.copyOf(recipients.stream().distinct().toList());
        excludedFamilyMembers = excludedFamilyMembers == null ? Set.of() : Set.copyOf(excludedFamilyMembers);
        requireFewExcluded(excludedFamilyMembers.size());
        require("notesKeptIn", notesKeptIn);
        require("method", method);
        require("effectiveFrom", effectiveFrom);
        require("reviewBy", reviewBy);
        if (!reviewBy.isAfter(effectiveFrom)) {
            throw new InvalidValueException(
                    "reviewBy", "after-effective-from", "reviewBy must be later than effectiveFrom.");
        }
        formReference = Text.optional("formReference", formReference, MAX_FORM_REFERENCE_LENGTH);
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            if (recipient.kind() == RecipientKind.FAMILY_MEMBER
                    && excludedFamilyMembers.contains(recipient.familyMember())) {
                throw new InvalidValueException(
                        "recipients[" + i + "]",
                        "excluded-and-recipient",
                        "A family member cannot be both a recipient and excluded.");
            }
        }
        Set<InformationCategory> sensitive =
                categories.stream().filter(InformationCategory::isSensitive).collect(Collectors.toSet());
        if (!method.isExplicit() && !sensitive.isEmpty()) {
            throw new RuleViolationException(
                    "method",
                    "explicit-consent-required",
                    "Implied consent cannot cover sensitive information ("
                            + sensitive.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
                            + "): it needs explicit consent, written or verbal.");
        }
    }

    public Optional<String> form() {
        return Optional.ofNullable(formReference);
    }

    /** Whether these terms let {@code category} go to {@code party} for {@code purpose}. */
    public boolean cover(Purpose purpose, Party party, InformationCategory category, TeamAroundTheFamily team) {
        return purposes.contains(purpose)
                && categories.contains(category)
                && recipients.stream().anyMatch(recipient -> recipient.includes(party, team));
    }

    /** Whether these terms exclude {@code party}, a family member, from seeing or being told anything. */
    public boolean exclude(Party party) {
        return party.familyMember() != null && excludedFamilyMembers.contains(party.familyMember());
    }

    private static <E extends Enum<E>> Set<E> nonEmpty(String field, Set<E> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidValueException(field, "required", field + " must name at least one value.");
        }
        return Set.copyOf(values);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, "required", field + " is required.");
        }
    }
}
