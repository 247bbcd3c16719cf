package org.cradle.adapters.persistence.consent;

import java.util.UUID;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.consent.RecipientKind;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * A recipient as one text value, so that a version's recipients fit one array column:
 * {@code ORGANISATION:RX1}, {@code ROLE:safeguarding-lead}, {@code TEAM_AROUND_THE_FAMILY},
 * {@code PRACTITIONER:RX1|k.osei} (organisation codes never hold '|'), {@code FAMILY_MEMBER:<uuid>}.
 */
final class RecipientCodes {

    private RecipientCodes() {}

    static String encode(Recipient recipient) {
        return switch (recipient.kind()) {
            case ORGANISATION -> "ORGANISATION:" + recipient.organisation().value();
            case ROLE -> "ROLE:" + recipient.role().tokenName();
            case TEAM_AROUND_THE_FAMILY -> "TEAM_AROUND_THE_FAMILY";
            case PRACTITIONER -> "PRACTITIONER:" + recipient.organisation().value() + "|" + recipient.practitioner();
            case FAMILY_MEMBER -> "FAMILY_MEMBER:" + recipient.familyMember().value();
        };
    }

    static Recipient decode(String code) {
        int colon = code.indexOf(':');
        RecipientKind kind = RecipientKind.valueOf(colon < 0 ? code : code.substring(0, colon));
        String value = colon < 0 ? null : code.substring(colon + 1);
        return switch (kind) {
            case ORGANISATION -> Recipient.organisation(new OrganisationId(value));
            case ROLE -> Recipient.role(Role.fromTokenName(value)
                    .orElseThrow(() -> new IllegalStateException("stored recipient names an unknown role: " + value)));
            case TEAM_AROUND_THE_FAMILY -> Recipient.teamAroundTheFamily();
            case PRACTITIONER -> {
                int bar = value.indexOf('|');
                yield Recipient.practitioner(value.substring(bar + 1), new OrganisationId(value.substring(0, bar)));
            }
            case FAMILY_MEMBER -> Recipient.familyMember(new PersonId(UUID.fromString(value)));
        };
    }
}
