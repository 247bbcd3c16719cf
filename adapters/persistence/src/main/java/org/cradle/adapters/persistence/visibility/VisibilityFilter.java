package org.cradle.adapters.persistence.visibility;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;

/**
 * The access policy's {@link VisibleRecords} as a JPQL condition, so that lists are filtered in the
 * database before they are paged and their totals count only what the actor may see. It says the
 * same as {@link VisibleRecords#sees} for records of basic details, which is what episodes, consents
 * and confidentiality notices are.
 */
public final class VisibilityFilter {

    /** Never an organisation code (they start with a letter or digit): keeps an IN list from being empty. */
    private static final String NONE = "-";

    /** Never a person's id: keeps an IN list from being empty. */
    private static final java.util.UUID NO_ONE = new java.util.UUID(0, 0);

    private VisibilityFilter() {}

    /**
     * A condition on records held by {@code holderPath} about the person {@code personPath}, with its
     * parameters added to {@code parameters} under names starting with {@code visible}.
     */
    public static String aboutOnePerson(
            VisibleRecords visible, String holderPath, String personPath, Parameters parameters) {
        if (visible.everything()) {
            return "true";
        }
        InformationCategory basic = InformationCategory.BASIC_DETAILS;
        parameters.and(
                "visibleHolders",
                visible.holdersSeenForEveryone(basic).stream()
                        .map(OrganisationId::value)
                        .toList());
        List<String> pairs = visible.holdersSeenForSomeone(basic).stream()
                .map(p -> p.holder().value() + "|" + p.person().value())
                .toList();
        parameters.and("visiblePairs", pairs.isEmpty() ? List.of(NONE) : pairs);
        List<java.util.UUID> consented = visible.peopleSeenByConsent(basic).stream()
                .map(org.cradle.domain.person.PersonId::value)
                .toList();
        parameters.and("visibleConsented", consented.isEmpty() ? List.of(NO_ONE) : consented);
        return "(" + holderPath + " in :visibleHolders or concat(" + holderPath + ", '|', cast(" + personPath
                + " as String)) in :visiblePairs or " + personPath + " in :visibleConsented)";
    }

    /** A condition on records held by {@code holderPath} about the family as a whole. */
    public static String aboutTheFamily(VisibleRecords visible, String holderPath, Parameters parameters) {
        if (visible.everything()) {
            return "true";
        }
        parameters.and(
                "visibleHolders",
                visible.holdersSeenForTheFamily(InformationCategory.BASIC_DETAILS).stream()
                        .map(OrganisationId::value)
                        .toList());
        return holderPath + " in :visibleHolders";
    }
}
