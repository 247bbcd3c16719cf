package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.access.Involvements;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.application.referral.Referrals;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;

/**
 * The records a contract's facts rest on, stored through the ports in transactions of their own:
 * the people and families the PostgreSQL rows refer to.
 */
@ApplicationScoped
public class StoredRecords {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private final People people;
    private final Families families;
    private final Referrals referrals;
    private final Involvements involvements;

    StoredRecords(People people, Families families, Referrals referrals, Involvements involvements) {
        this.people = people;
        this.families = families;
        this.referrals = referrals;
        this.involvements = involvements;
    }

    /** A person born on {@code born} (null: a date that does not matter), dead on {@code died} or alive, in no family. */
    public PersonId person(LocalDate born, LocalDate died) {
        Person person = Person.reconstitute(
                PersonId.newId(),
                new PersonName(
                        "Contract", "Person-" + UUID.randomUUID().toString().substring(0, 8)),
                new LifeDates(born == null ? LocalDate.of(1990, 1, 1) : born, died),
                null,
                AT,
                0);
        QuarkusTransaction.requiringNew().run(() -> people.add(person));
        return person.id();
    }

    /** A family with these members, the first its mother and the others its children. */
    public FamilyId family(PersonId... members) {
        Family family =
                Family.start(FamilyId.newId(), new FamilyName("Contract household"), RecordKeepingMode.LINKED, AT);
        for (int i = 0; i < members.length; i++) {
            family.admit(members[i], i == 0 ? FamilyRole.MOTHER : FamilyRole.CHILD, true, i == 0, AT);
        }
        QuarkusTransaction.requiringNew().run(() -> families.add(family));
        return family.id();
    }

    /** A family of one person, held by {@code custodian}. */
    public FamilyId familyHeldBy(OrganisationId custodian) {
        FamilyId family = family(person(null, null));
        QuarkusTransaction.requiringNew().run(() -> involvements.addCustodian(family, custodian, AT));
        return family;
    }

    /** A referral of the family's first member, made by {@code from} to {@code to}. */
    public ReferralId referral(FamilyId id, OrganisationId from, OrganisationId to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Family family = families.require(id);
            Referral referral = Referral.make(
                    ReferralId.newId(),
                    family,
                    from,
                    to,
                    Purpose.DIRECT_SUPPORT,
                    List.of(family.members().get(0).person()),
                    Set.of(InformationCategory.BASIC_DETAILS),
                    null,
                    null,
                    "r.referrer",
                    AT);
            referrals.add(referral);
            return referral.id();
        });
    }
}
