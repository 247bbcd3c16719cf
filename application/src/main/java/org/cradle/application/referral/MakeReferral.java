package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.family.Families;
import org.cradle.application.organisation.Organisations;
import org.cradle.application.person.People;
import org.cradle.application.sharing.ReferralDecisions;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.WithoutConsent;

/**
 * Refers a family (the people named) to another organisation in the directory, for a purpose, with
 * the categories of information it may see: made by an organisation working with the family, about
 * members it sees, where every named person's consent covers it or, instead, on a lawful basis made out
 * as for any share without consent. A referral is a sharing decision, recorded with it.
 */
@ApplicationScoped
public class MakeReferral {

    public record Command(
            FamilyId family,
            OrganisationId to,
            Purpose purpose,
            List<PersonId> people,
            Set<InformationCategory> categories,
            String note,
            WithoutConsent withoutConsent,
            Boolean subjectsTold,
            String notToldReason) {
        public Command {
            Objects.requireNonNull(family, "family");
            people = people == null ? List.of() : List.copyOf(people);
            categories = categories == null ? Set.of() : Set.copyOf(categories);
        }

        /** A referral on consent, the people told. */
        public Command(
                FamilyId family,
                OrganisationId to,
                Purpose purpose,
                List<PersonId> people,
                Set<InformationCategory> categories,
                String note) {
            this(family, to, purpose, people, categories, note, null, null, null);
        }
    }

    private final Access access;
    private final Families families;
    private final Organisations organisations;
    private final People people;
    private final Referrals referrals;
    private final ReferralConsent consent;
    private final ReferralDecisions referralDecisions;
    private final Clock clock;

    public MakeReferral(
            Access access,
            Families families,
            Organisations organisations,
            People people,
            Referrals referrals,
            ReferralConsent consent,
            ReferralDecisions referralDecisions,
            Clock clock) {
        this.access = access;
        this.families = families;
        this.organisations = organisations;
        this.people = people;
        this.referrals = referrals;
        this.consent = consent;
        this.referralDecisions = referralDecisions;
        this.clock = clock;
    }

    @Transactional
    public ReferralDetails make(Actor actor, Command command) {
        Permit permit = access.require(actor, new Need.WorkWithFamily(Capability.MAKE_REFERRALS), command.family());
        return make(permit, command, null, ReferralId.newId());
    }

    /** Makes the referral under a permit on the family; {@code answering} names the request it answers, if any. */
    ReferralDetails make(Permit permit, Command command, ReferralRequestId answering, ReferralId id) {
        Family family = families.require(command.family());
        Referral referral = Referral.make(
                id,
                family,
                permit.actor().organisation(),
                command.to(),
                command.purpose(),
                command.people(),
                command.categories(),
                command.note(),
                answering,
                permit.actor().subject(),
                permit.at());
        for (int i = 0; i < referral.people().size(); i++) {
            PersonId person = referral.people().get(i);
            if (!permit.sees(person)) {
                throw new RuleViolationException(
                        "people[" + i + "]",
                        "not-a-member",
                        "Person " + person + " is not a member of family " + family.id() + ".");
            }
        }
        if (!organisations.knows(referral.to())) {
            throw new RuleViolationException(
                    "to",
                    "unknown-organisation",
                    "Organisation " + referral.to() + " is not in Cradle's directory of organisations"
                            + " (GET /api/v1/organisations); an administrator can add it.");
        }
        if (command.withoutConsent() == null) {
            // On consent alone: refused as before, naming the first person it does not cover.
            consent.requireCovered(referral, LocalDate.ofInstant(permit.at(), clock.getZone()));
        }
        SharingDecision decision = referralDecisions.decide(
                permit, referral, command.withoutConsent(), command.subjectsTold(), command.notToldReason());
        referrals.add(referral);
        referralDecisions.record(permit, decision);
        permit.handOver(ReferralParties.fact(AuditAction.REFERRAL_MADE, referral));
        return new ReferralDetails(referral, people.findAll(referral.people()));
    }
}
