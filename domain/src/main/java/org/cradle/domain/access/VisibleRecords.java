package org.cradle.domain.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Which of one family's records an actor sees, as the access policy decides it, in a form a database
 * query can filter by before paging (so that totals count only what the actor may see).
 * {@link #sees} is the same rule in memory: the two must agree.
 *
 * @param everything break-glass: every record of the family, read-only
 * @param sensitiveNotes the actor reads case notes of a sensitive category that their organisation may see
 * @param notes the actor reads case notes that their organisation may see
 * @param receivedSensitiveNotes the actor reads case notes of a sensitive category that another
 *     organisation sent theirs (by referral, share or consent); received notes of other categories go
 *     to everyone who reads case notes
 * @param referrals what accepted referrals, and recorded decisions to share, show of other organisations' records
 * @param consented what consent covers, whoever holds the record
 */
public record VisibleRecords(
        OrganisationId organisation,
        String subject,
        boolean everything,
        boolean sensitiveNotes,
        boolean notes,
        boolean receivedSensitiveNotes,
        List<ReferralGrant> referrals,
        Set<Consented> consented) {

    public VisibleRecords {
        referrals = List.copyOf(referrals);
        consented = Set.copyOf(consented);
    }

    /** The people whose records of this category consent shows the actor, whoever holds them. */
    public Set<PersonId> peopleSeenByConsent(InformationCategory category) {
        Set<PersonId> people = new LinkedHashSet<>();
        consented.stream().filter(c -> c.category() == category).forEach(c -> people.add(c.person()));
        return people;
    }

    /**
     * The organisations whose records of this category the actor's organisation sees about anyone in
     * the family: its own, and those that referred everyone to it for the category. Ignore it when
     * {@link #everything}.
     */
    public Set<OrganisationId> holdersSeenForEveryone(InformationCategory category) {
        Set<OrganisationId> holders = new LinkedHashSet<>();
        holders.add(organisation);
        referrals.stream()
                .filter(r -> r.coversEveryone() && r.categories().contains(category))
                .forEach(r -> holders.add(r.from()));
        return holders;
    }

    /**
     * The organisations whose records about the family as a whole (episodes) of this category the
     * actor's organisation sees: its own, and any that referred anyone in the family to it for the
     * category.
     */
    public Set<OrganisationId> holdersSeenForTheFamily(InformationCategory category) {
        Set<OrganisationId> holders = new LinkedHashSet<>();
        holders.add(organisation);
        referrals.stream().filter(r -> r.categories().contains(category)).forEach(r -> holders.add(r.from()));
        return holders;
    }

    /** Beyond {@link #holdersSeenForEveryone}, whose records about whom, of this category, referrals show. */
    public List<HolderAndPerson> holdersSeenForSomeone(InformationCategory category) {
        return referrals.stream()
                .filter(r -> !r.coversEveryone() && r.categories().contains(category))
                .flatMap(r -> r.people().stream().map(p -> new HolderAndPerson(r.from(), p)))
                .distinct()
                .toList();
    }

    /** One organisation's records about one person. */
    public record HolderAndPerson(OrganisationId holder, PersonId person) {}

    public boolean sees(HeldRecord record) {
        if (everything) {
            return true;
        }
        boolean own = record.holder().equals(organisation);
        boolean organisationSees = own
                || referrals.stream().anyMatch(r -> r.covers(record.holder(), record.about(), record.category()))
                || (!record.about().isEmpty()
                        && record.about().stream()
                                .allMatch(p -> consented.contains(new Consented(p, record.category()))));
        if (!organisationSees
                || !record.isCaseNote()
                || record.author().filter(subject::equals).isPresent()) {
            return organisationSees;
        }
        if (!own) {
            return !record.category().isSensitive() || receivedSensitiveNotes;
        }
        return record.category().isSensitive() ? sensitiveNotes : notes;
    }
}
