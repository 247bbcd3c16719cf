package org.cradle.adapters.persistence.casenote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.access.ReferralGrant;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/**
 * {@link VisibleRecords#sees} as an SQL condition on a note's (or a version's) holder, author, category
 * and the people it is about, so that lists are filtered before they are paged. Rule for rule:
 *
 * <ol>
 *   <li>break-glass: every note;
 *   <li>the holder is the actor's organisation, or a referral from the holder covers the category and
 *       everyone the note is about ({@code about <@ people}), or consent covers the category for
 *       everyone the note is about, whoever holds it;
 *   <li>and then the author reads it, or those who read notes of its sensitivity.
 * </ol>
 *
 * @param sql the condition, with {@code ?} for each of {@link #parameters}, in order
 * @param parameters values to bind: strings, and arrays given as {@link Uuids} or {@link Strings}
 */
record VisibleNotes(String sql, List<Object> parameters) {

    /** An array of uuids to bind. */
    record Uuids(UUID[] values) {}

    /** An array of strings to bind. */
    record Strings(String[] values) {}

    private static final String[] SENSITIVE = Arrays.stream(InformationCategory.values())
            .filter(InformationCategory::isSensitive)
            .map(Enum::name)
            .toArray(String[]::new);

    static VisibleNotes of(VisibleRecords visible, String holder, String author, String category, String about) {
        if (visible.everything()) {
            return new VisibleNotes("true", List.of());
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder holders = new StringBuilder("(").append(holder).append(" = ?");
        parameters.add(visible.organisation().value());
        for (ReferralGrant referral : visible.referrals()) {
            holders.append(" or (")
                    .append(holder)
                    .append(" = ? and ")
                    .append(category)
                    .append(" = any(?)");
            parameters.add(referral.from().value());
            parameters.add(new Strings(
                    referral.categories().stream().map(Enum::name).sorted().toArray(String[]::new)));
            if (!referral.coversEveryone()) {
                holders.append(" and ").append(about).append(" <@ ?");
                parameters.add(new Uuids(
                        referral.people().stream().map(PersonId::value).sorted().toArray(UUID[]::new)));
            }
            holders.append(")");
        }
        for (InformationCategory consentedCategory : InformationCategory.values()) {
            Set<PersonId> people = visible.peopleSeenByConsent(consentedCategory);
            if (!people.isEmpty()) {
                holders.append(" or (")
                        .append(category)
                        .append(" = ? and ")
                        .append(about)
                        .append(" <@ ?)");
                parameters.add(consentedCategory.name());
                parameters.add(
                        new Uuids(people.stream().map(PersonId::value).sorted().toArray(UUID[]::new)));
            }
        }
        holders.append(")");
        String readers;
        if (visible.notes() && visible.sensitiveNotes()) {
            readers = "true";
        } else if (visible.notes() || visible.sensitiveNotes()) {
            readers = "(" + author + " = ? or " + (visible.notes() ? "not " : "") + category + " = any(?))";
            parameters.add(visible.subject());
            parameters.add(new Strings(SENSITIVE));
        } else {
            readers = author + " = ?";
            parameters.add(visible.subject());
        }
        return new VisibleNotes(holders + " and " + readers, List.copyOf(parameters));
    }
}
