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
 *   <li>and then the author reads it; a note the organisation holds, those who read notes of its
 *       sensitivity; a note another organisation holds (sent by referral, share or consent), those
 *       who read notes of its sensitivity received from another organisation.
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
        // Who within the organisation reads the note: its author; for the organisation's own notes, those
        // who read notes of the note's sensitivity; for a note another organisation sent, anyone, or for a
        // sensitive one those who read received sensitive notes.
        StringBuilder readers = new StringBuilder("(").append(author).append(" = ?");
        parameters.add(visible.subject());
        readers.append(" or (").append(holder).append(" = ?");
        parameters.add(visible.organisation().value());
        readers.append(sensitivity(visible.notes(), visible.sensitiveNotes(), category, parameters));
        readers.append(") or (").append(holder).append(" <> ?");
        parameters.add(visible.organisation().value());
        readers.append(sensitivity(true, visible.receivedSensitiveNotes(), category, parameters));
        readers.append("))");
        return new VisibleNotes(holders + " and " + readers, List.copyOf(parameters));
    }

    /** " and" the condition on the note's category for a reader of these sensitivities; "" for all. */
    private static String sensitivity(boolean ordinary, boolean sensitive, String category, List<Object> parameters) {
        if (ordinary && sensitive) {
            return "";
        }
        if (!ordinary && !sensitive) {
            return " and false";
        }
        parameters.add(new Strings(SENSITIVE));
        return " and " + (ordinary ? "not " : "") + category + " = any(?)";
    }
}
