package org.cradle.domain.consent;

import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Someone a consent allows information to go to. Only the parts its kind needs are present: an
 * organisation (for {@code ORGANISATION}, and the practitioner's for {@code PRACTITIONER}), a role, a
 * practitioner's subject, or a family member.
 */
public record Recipient(
        RecipientKind kind, OrganisationId organisation, Role role, String practitioner, PersonId familyMember) {

    public static final int MAX_PRACTITIONER_LENGTH = Actor.MAX_SUBJECT_LENGTH;

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        boolean wellFormed =
                switch (kind) {
                    case ORGANISATION -> organisation != null
                            && role == null
                            && practitioner == null
                            && familyMember == null;
                    case ROLE -> role != null && organisation == null && practitioner == null && familyMember == null;
                    case TEAM_AROUND_THE_FAMILY -> organisation == null
                            && role == null
                            && practitioner == null
                            && familyMember == null;
                    case PRACTITIONER -> practitioner != null
                            && organisation != null
                            && role == null
                            && familyMember == null;
                    case FAMILY_MEMBER -> familyMember != null
                            && organisation == null
                            && role == null
                            && practitioner == null;
                };
        if (!wellFormed) {
            throw new InvalidValueException(
                    "kind", "recipient-shape", "A " + kind + " recipient names " + needs(kind) + ", and nothing else.");
        }
        if (practitioner != null) {
            practitioner = Text.required("practitioner", practitioner, MAX_PRACTITIONER_LENGTH);
        }
    }

    /**
     * Written out rather than the record's generated one: every consent read for a coverage question
     * builds its recipients without duplicates, and the generated hash showed up in the decision
     * benchmark's profile (1.5 % of the service's CPU). Equal recipients hash alike, as the record's.
     */
    @Override
    public int hashCode() {
        int hash = kind.ordinal();
        hash = 31 * hash + (organisation == null ? 0 : organisation.value().hashCode());
        hash = 31 * hash + (role == null ? 0 : role.ordinal());
        hash = 31 * hash + (practitioner == null ? 0 : practitioner.hashCode());
        return 31 * hash + (familyMember == null ? 0 : familyMember.value().hashCode());
    }

    public static Recipient organisation(OrganisationId organisation) {
        return new Recipient(RecipientKind.ORGANISATION, organisation, null, null, null);
    }

    public static Recipient role(Role role) {
        return new Recipient(RecipientKind.ROLE, null, role, null, null);
    }

    public static Recipient teamAroundTheFamily() {
        return new Recipient(RecipientKind.TEAM_AROUND_THE_FAMILY, null, null, null, null);
    }

    public static Recipient practitioner(String subject, OrganisationId organisation) {
        return new Recipient(RecipientKind.PRACTITIONER, organisation, null, subject, null);
    }

    public static Recipient familyMember(PersonId person) {
        return new Recipient(RecipientKind.FAMILY_MEMBER, null, null, null, person);
    }

    /** Whether information may go to {@code party} under this recipient, given who is working with the family. */
    public boolean includes(Party party, TeamAroundTheFamily team) {
        return switch (kind) {
            case ORGANISATION -> organisation.equals(party.organisation());
            case ROLE -> party.role() != null && role == party.role();
            case TEAM_AROUND_THE_FAMILY -> team.includes(party);
            case PRACTITIONER -> practitioner.equals(party.practitioner()) && organisation.equals(party.organisation());
            case FAMILY_MEMBER -> familyMember.equals(party.familyMember());
        };
    }

    public Optional<OrganisationId> organisationNamed() {
        return Optional.ofNullable(organisation);
    }

    private static String needs(RecipientKind kind) {
        return switch (kind) {
            case ORGANISATION -> "an organisation";
            case ROLE -> "a role";
            case TEAM_AROUND_THE_FAMILY -> "no one in particular";
            case PRACTITIONER -> "a practitioner and their organisation";
            case FAMILY_MEMBER -> "a family member (personId)";
        };
    }
}
